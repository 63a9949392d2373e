package io.github.reviewgate.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A minimum score in points out of 10, parsed from {@code 7}, {@code 7.5}, {@code 7.5/10}, {@code
 * 4/5} or {@code 75%}.
 *
 * @param points the minimum out of 10, exact
 * @param text the threshold as written
 */
public record Threshold(BigDecimal points, String text) {

  public Threshold {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Parses a threshold.
   *
   * @throws IllegalArgumentException when the text is not a threshold, or a bare number is outside
   *     0..10; the message suggests the percent form
   */
  public static Threshold parse(String text) {
    // TODO: placeholder for bare numbers; the full parser replaces it.
    return new Threshold(new BigDecimal(text.trim()), text.trim());
  }
}
