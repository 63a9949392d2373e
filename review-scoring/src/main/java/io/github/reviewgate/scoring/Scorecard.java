package io.github.reviewgate.scoring;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of a review under a policy: each section's and the overall one.
 *
 * @param sections every checklist section, scored or not, in document order
 * @param weightedSum the sum of weight × score over the scored sections
 * @param totalWeight the sum of the scored sections' weights; zero when none is scored
 * @param overall the overall score, exact to 34 significant digits. Empty when the total weight is
 *     zero, unless no section is scored and the review declares an overall score
 * @param fromDeclaredOverall whether the overall score is the review's declared overall score, used
 *     because no section could be scored
 */
public record Scorecard(
    List<SectionScore> sections,
    BigDecimal weightedSum,
    BigDecimal totalWeight,
    Optional<BigDecimal> overall,
    boolean fromDeclaredOverall) {

  public Scorecard {
    sections = List.copyOf(sections);
    Objects.requireNonNull(weightedSum, "weightedSum");
    Objects.requireNonNull(totalWeight, "totalWeight");
    Objects.requireNonNull(overall, "overall");
  }

  /**
   * Scores a review. When any section declares a score, the sections that declare one are scored;
   * otherwise every section with countable items is. When no section is scored, the review's
   * declared overall score, if any, is the overall score.
   */
  public static Scorecard of(Review review, ScoringPolicy policy) {
    boolean anyDeclared =
        review.sections().stream().anyMatch(section -> section.declaredScore().isPresent());
    List<SectionScore> scores = new ArrayList<>();
    for (Section section : review.sections()) {
      scores.add(score(section, anyDeclared, policy));
    }

    Fraction sum = Fraction.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (SectionScore score : scores) {
      if (score.scored()) {
        sum = sum.plus(Fraction.of(score.weight()).times(score.exactScore().orElseThrow()));
        totalWeight = totalWeight.add(score.weight());
      }
    }

    boolean anyScored = scores.stream().anyMatch(SectionScore::scored);
    if (!anyScored && review.overallScore().isPresent()) {
      BigDecimal declared = SectionScore.outOfTen(review.overallScore().get()).toBigDecimal();
      return new Scorecard(scores, BigDecimal.ZERO, BigDecimal.ZERO, Optional.of(declared), true);
    }
    Optional<BigDecimal> overall =
        totalWeight.signum() == 0
            ? Optional.empty()
            : Optional.of(sum.dividedBy(Fraction.of(totalWeight)).toBigDecimal());
    return new Scorecard(scores, sum.toBigDecimal(), totalWeight, overall, false);
  }

  private static SectionScore score(Section section, boolean anyDeclared, ScoringPolicy policy) {
    Optional<Fraction> declared = SectionScore.exactDeclared(section);
    Optional<Fraction> computed = SectionScore.exactComputed(section.counts());
    boolean scored = anyDeclared ? declared.isPresent() : computed.isPresent();
    Optional<BigDecimal> declaredValue = declared.map(Fraction::toBigDecimal);
    Optional<BigDecimal> computedValue = computed.map(Fraction::toBigDecimal);
    BigDecimal weight = policy.weightOf(section);
    if (!scored) {
      return new SectionScore(
          section, false, declaredValue, computedValue, Optional.empty(), Optional.empty(), weight);
    }

    ScoreSource source = choose(policy.source(), declared, computed);
    Fraction score = source == ScoreSource.DECLARED ? declared.get() : computed.get();
    return new SectionScore(
        section,
        true,
        declaredValue,
        computedValue,
        Optional.of(score.toBigDecimal()),
        Optional.of(source),
        weight);
  }

  /** Returns {@code DECLARED} or {@code COMPUTED}: the policy's choice among the scores present. */
  private static ScoreSource choose(
      ScoreSource policy, Optional<Fraction> declared, Optional<Fraction> computed) {
    if (declared.isEmpty()) {
      return ScoreSource.COMPUTED;
    }
    if (computed.isEmpty()) {
      return ScoreSource.DECLARED;
    }
    return switch (policy) {
      case DECLARED -> ScoreSource.DECLARED;
      case COMPUTED -> ScoreSource.COMPUTED;
      case LOWER ->
          computed.get().compareTo(declared.get()) < 0
              ? ScoreSource.COMPUTED
              : ScoreSource.DECLARED;
    };
  }

  /** Returns the scored sections, in document order. */
  public List<SectionScore> scored() {
    return sections.stream().filter(SectionScore::scored).toList();
  }

  /** Counts the items of the scored sections, sub-items included. */
  public ItemCounts scoredCounts() {
    ItemCounts counts = ItemCounts.NONE;
    for (SectionScore score : scored()) {
      counts = counts.plus(score.counts());
    }
    return counts;
  }

  /**
   * Returns whether the overall score is at least {@code threshold}, compared exactly: the weighted
   * sum of the sections' exact scores against threshold × total weight. False when there is no
   * overall score.
   */
  public boolean meets(Threshold threshold) {
    return exactOverall()
        .map(score -> score.compareTo(Fraction.of(threshold.points())) >= 0)
        .orElse(false);
  }

  /**
   * Returns whether the overall score differs from {@code declaredOverall} by more than {@code
   * margin}, compared exactly; false when the overall score is the declared one or there is none.
   */
  public boolean differsFrom(BigDecimal declaredOverall, BigDecimal margin) {
    if (fromDeclaredOverall) {
      return false;
    }
    return exactOverall()
        .map(score -> score.minus(Fraction.of(declaredOverall)).abs())
        .map(difference -> difference.compareTo(Fraction.of(margin)) > 0)
        .orElse(false);
  }

  /**
   * Returns the exact overall score: recomputed from the scored sections when there are any, so
   * that no rounding of a section score can change a verdict.
   */
  private Optional<Fraction> exactOverall() {
    List<SectionScore> scored = scored();
    if (fromDeclaredOverall || scored.isEmpty() || totalWeight.signum() == 0) {
      return overall.map(Fraction::of);
    }
    Fraction sum = Fraction.ZERO;
    for (SectionScore score : scored) {
      Optional<Fraction> exact = score.exactScore();
      if (exact.isEmpty()) {
        return overall.map(Fraction::of);
      }
      sum = sum.plus(Fraction.of(score.weight()).times(exact.get()));
    }
    return Optional.of(sum.dividedBy(Fraction.of(totalWeight)));
  }
}
