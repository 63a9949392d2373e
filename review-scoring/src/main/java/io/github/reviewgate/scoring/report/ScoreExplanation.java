package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import java.util.List;
import java.util.Optional;

/**
 * The method behind the overall score and the sections it counts, for the JSON and HTML reports.
 */
final class ScoreExplanation {

  static final String WEIGHTED_MEAN = "weightedMean";
  static final String DECLARED_OVERALL = "declaredOverall";
  static final String NONE = "none";

  private ScoreExplanation() {}

  /**
   * Returns {@code weightedMean} when scored sections give the score, {@code declaredOverall} when
   * the review's declared overall score is used instead, and {@code none} when there is no score.
   */
  static String method(Optional<Scorecard> scorecard) {
    if (scorecard.isEmpty() || scorecard.get().overall().isEmpty()) {
      return NONE;
    }
    return scorecard.get().fromDeclaredOverall() ? DECLARED_OVERALL : WEIGHTED_MEAN;
  }

  /** Returns the sections whose score counts towards the weighted mean, in document order. */
  static List<SectionScore> counted(Optional<Scorecard> scorecard) {
    if (!method(scorecard).equals(WEIGHTED_MEAN)) {
      return List.of();
    }
    return scorecard.get().sections().stream()
        .filter(section -> section.scored() && section.score().isPresent())
        .toList();
  }
}
