package io.github.reviewgate.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimum score in points out of 10, parsed from {@code 7}, {@code 7.5}, {@code 7.5/10}, {@code
 * 4/5} or {@code 75%}.
 *
 * @param points the minimum out of 10, exact
 * @param text the threshold as written
 */
public record Threshold(BigDecimal points, String text) {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // A number with an optional fraction part, then "%" or "/scale"; the decimal point is always
  // ".", whatever the JVM's default locale.
  private static final Pattern FORM =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:(%)|/\\s*(\\d+(?:\\.\\d+)?))?");

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
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    Matcher matcher = FORM.matcher(trimmed);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "\""
              + trimmed
              + "\" is not a score threshold; write points out of 10 (7.5), a fraction (7.5/10,"
              + " 4/5) or a percentage (75%)");
    }

    BigDecimal value = new BigDecimal(matcher.group(1));
    if (matcher.group(2) != null) {
      return new Threshold(ofPercent(value, trimmed), trimmed);
    }
    if (matcher.group(3) != null) {
      return new Threshold(ofFraction(value, new BigDecimal(matcher.group(3)), trimmed), trimmed);
    }
    if (value.compareTo(TEN) > 0) {
      throw new IllegalArgumentException(
          "\""
              + trimmed
              + "\" is outside 0..10; thresholds are points out of 10, so write "
              + trimmed
              + "% for a percentage");
    }
    return new Threshold(value, trimmed);
  }

  private static BigDecimal ofPercent(BigDecimal percent, String text) {
    if (percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is over 100%; write a percentage from 0% to 100%");
    }
    return percent.movePointLeft(1);
  }

  private static BigDecimal ofFraction(BigDecimal value, BigDecimal scale, String text) {
    if (scale.signum() == 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is out of 0; write a fraction such as 7.5/10 or 4/5");
    }
    if (value.compareTo(scale) > 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is more than its scale; write a fraction such as 7.5/10 or 4/5");
    }
    Fraction points = Fraction.outOfTen(value, scale);
    if (!points.isTerminating()) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" has no exact decimal value out of 10; write the points out of 10, such as "
              + points.toBigDecimal().setScale(2, java.math.RoundingMode.CEILING).toPlainString());
    }
    return points.toBigDecimal();
  }
}
