package io.github.reviewgate.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * How a review is scored.
 *
 * @param source which section score counts
 * @param sectionWeights weights by section title, overriding the review's own; titles compare
 *     ignoring case
 */
public record ScoringPolicy(ScoreSource source, Map<String, BigDecimal> sectionWeights) {

  public static final ScoringPolicy DEFAULT = new ScoringPolicy(ScoreSource.DECLARED, Map.of());

  public ScoringPolicy {
    Objects.requireNonNull(source, "source");
    sectionWeights = Map.copyOf(sectionWeights);
  }
}
