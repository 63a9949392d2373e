package io.github.reviewgate.scoring;

import io.github.reviewgate.model.Section;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings that decide how a review is scored.
 *
 * @param source which section score counts
 * @param sectionWeights weights by section title, overriding the review's own; titles compare
 *     ignoring case
 */
public record ScoringPolicy(ScoreSource source, Map<String, BigDecimal> sectionWeights) {

  public static final ScoringPolicy DEFAULT = new ScoringPolicy(ScoreSource.DECLARED, Map.of());

  /**
   * @throws IllegalArgumentException when a weight is negative or two titles differ only in case
   */
  public ScoringPolicy {
    Objects.requireNonNull(source, "source");
    sectionWeights = Map.copyOf(sectionWeights);
    Map<String, String> titlesByKey = new java.util.HashMap<>();
    sectionWeights.forEach(
        (title, weight) -> {
          if (weight.signum() < 0) {
            throw new IllegalArgumentException(
                "the weight of section \""
                    + title
                    + "\" is "
                    + weight
                    + "; weights must be 0 or more");
          }
          String previous = titlesByKey.put(title.toLowerCase(Locale.ROOT), title);
          if (previous != null) {
            throw new IllegalArgumentException(
                "sections \""
                    + previous
                    + "\" and \""
                    + title
                    + "\" both have a weight; titles"
                    + " compare ignoring case, so keep one of them");
          }
        });
  }

  /** Returns the section's weight: the policy's weight for its title, else the review's own. */
  public BigDecimal weightOf(Section section) {
    for (Map.Entry<String, BigDecimal> entry : sectionWeights.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(section.title())) {
        return entry.getValue();
      }
    }
    return section.weight();
  }
}
