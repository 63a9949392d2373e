package io.github.reviewgate.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact score on a stated scale, such as {@code 9.5/10}, {@code 4/5} or {@code 85%}.
 *
 * @param value the points as written, such as 9.5 or 85
 * @param scale the points the value is out of, such as 10 or 100
 * @param text the score exactly as written
 */
public record Score(BigDecimal value, BigDecimal scale, String text) {

  private static final BigDecimal TEN = BigDecimal.TEN;

  public Score {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(text, "text");
    if (scale.signum() <= 0) {
      throw new IllegalArgumentException("scale must be positive: " + scale);
    }
  }

  /** Creates a score out of 10. */
  public static Score outOfTen(BigDecimal value) {
    return new Score(value, TEN, value.toPlainString() + "/10");
  }

  /**
   * Returns the score normalised to 0..10. Scales that are powers of ten or divisors of ten give an
   * exact result; other scales are rounded to 34 significant digits.
   */
  public BigDecimal normalized() {
    if (scale.compareTo(TEN) == 0) {
      return value;
    }
    BigDecimal product = value.multiply(TEN);
    try {
      return product.divide(scale);
    } catch (ArithmeticException nonTerminating) {
      return product.divide(scale, MathContext.DECIMAL128);
    }
  }
}
