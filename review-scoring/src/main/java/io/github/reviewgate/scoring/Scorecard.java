package io.github.reviewgate.scoring;

import io.github.reviewgate.model.Review;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The scores of a review under a policy: each section's and the overall one.
 *
 * @param sections every checklist section, scored or not, in document order
 * @param weightedSum the sum of weight × score over the scored sections
 * @param totalWeight the sum of the scored sections' weights; zero when none is scored
 * @param overall the overall score, exact to 34 significant digits, if any
 * @param fromDeclaredOverall whether the overall score is the review's declared overall score, used
 *     because no section could be scored
 */
public record Scorecard(
    List<SectionScore> sections,
    BigDecimal weightedSum,
    BigDecimal totalWeight,
    Optional<BigDecimal> overall,
    boolean fromDeclaredOverall) {

  /** Scores a review. */
  public static Scorecard of(Review review, ScoringPolicy policy) {
    // TODO: placeholder; the scoring implementation replaces it.
    return new Scorecard(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(), false);
  }

  /** Returns whether the overall score is at least {@code threshold}, compared exactly. */
  public boolean meets(Threshold threshold) {
    if (fromDeclaredOverall || totalWeight.signum() == 0) {
      return overall.map(score -> score.compareTo(threshold.points()) >= 0).orElse(false);
    }
    return weightedSum.compareTo(threshold.points().multiply(totalWeight)) >= 0;
  }
}
