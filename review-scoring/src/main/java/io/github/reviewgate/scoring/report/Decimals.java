package io.github.reviewgate.scoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats scores and weights the same way in every report, whatever the default locale. */
final class Decimals {

  private static final int REPORTED_SCALE = 4;

  private Decimals() {}

  /**
   * Rounds half-even to 4 decimals and drops trailing zeros: 9.2500 becomes 9.25, 10.0 becomes 10.
   */
  static BigDecimal rounded(BigDecimal value) {
    return exact(value.setScale(REPORTED_SCALE, RoundingMode.HALF_EVEN));
  }

  /** Drops trailing zeros without rounding, so that 1.50 and 1.5 print alike. */
  static BigDecimal exact(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    // stripTrailingZeros turns 10 into 1E+1, whose negative scale would print in exponent form.
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Returns {@link #rounded} as plain text, such as {@code 9.25}. */
  static String text(BigDecimal value) {
    return rounded(value).toPlainString();
  }

  /** Returns {@code part / whole} as a percentage with one decimal, such as {@code 62.5}. */
  static String percent(int part, int whole) {
    if (whole == 0) {
      return "0";
    }
    BigDecimal ratio =
        BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    return exact(ratio).toPlainString();
  }
}
