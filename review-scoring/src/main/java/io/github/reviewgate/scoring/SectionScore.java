package io.github.reviewgate.scoring;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One section's part in the overall score.
 *
 * @param section the section
 * @param scored whether it counts towards the overall score
 * @param declared its declared score out of 10, if any
 * @param computed its score from its items out of 10, if it has countable items
 * @param score the score that counts under the policy; empty when the section is not scored
 * @param source where {@code score} came from: declared or computed; empty when not scored
 * @param weight its weight in the overall score
 */
public record SectionScore(
    Section section,
    boolean scored,
    Optional<BigDecimal> declared,
    Optional<BigDecimal> computed,
    Optional<BigDecimal> score,
    Optional<ScoreSource> source,
    BigDecimal weight) {

  public SectionScore {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(weight, "weight");
  }

  /** Counts the section's items, sub-items included. */
  public ItemCounts counts() {
    return section.counts();
  }

  /**
   * Returns whether the score that counts is at least {@code threshold}, compared exactly; false
   * when the section has no score.
   */
  public boolean meets(Threshold threshold) {
    return exactScore().map(s -> s.compareTo(Fraction.of(threshold.points())) >= 0).orElse(false);
  }

  /**
   * Returns whether the declared score is above the computed one by more than {@code margin},
   * compared exactly; false unless the section has both.
   */
  public boolean declaredExceedsComputedBy(BigDecimal margin) {
    Optional<Fraction> declaredExact = exactDeclared(section);
    Optional<Fraction> computedExact = exactComputed(section.counts());
    if (declaredExact.isEmpty() || computedExact.isEmpty()) {
      return false;
    }
    return declaredExact.get().minus(computedExact.get()).compareTo(Fraction.of(margin)) > 0;
  }

  /**
   * Returns the exact score that counts: recomputed from the section, so that a computed score such
   * as 20/3 carries no rounding.
   */
  Optional<Fraction> exactScore() {
    if (source.isEmpty()) {
      return score.map(Fraction::of);
    }
    Optional<Fraction> exact =
        source.get() == ScoreSource.COMPUTED
            ? exactComputed(section.counts())
            : exactDeclared(section);
    return exact.or(() -> score.map(Fraction::of));
  }

  /** Returns 10 × (done + ½ partial) / (done + partial + not done), if any item counts. */
  static Optional<Fraction> exactComputed(ItemCounts counts) {
    if (counts.countable() == 0) {
      return Optional.empty();
    }
    long halfPoints = 2L * counts.done() + counts.partial();
    return Optional.of(Fraction.of(10 * halfPoints, 2L * counts.countable()));
  }

  static Optional<Fraction> exactDeclared(Section section) {
    return section.declaredScore().map(SectionScore::outOfTen);
  }

  static Fraction outOfTen(Score score) {
    return Fraction.outOfTen(score.value(), score.scale());
  }
}
