package io.github.reviewgate.maven;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats scores for the build log with at most two decimals, unless a verdict needs more. */
final class ScoreDisplay {

  private static final int MAX_SCALE = 34;

  private ScoreDisplay() {}

  /** Formats a score with at most two decimals, trailing zeros dropped: {@code 9.25}, {@code 9}. */
  static String format(BigDecimal score) {
    return plain(score.setScale(Math.min(2, Math.max(score.scale(), 0)), RoundingMode.HALF_EVEN));
  }

  /**
   * Formats a score compared with {@code threshold}. Where two decimals would make a score that
   * differs from the threshold look equal to it, more decimals are shown, so that the log never
   * hides why the gate passed or failed.
   */
  static String format(BigDecimal score, BigDecimal threshold) {
    String twoDecimals = format(score);
    if (score.compareTo(threshold) == 0 || new BigDecimal(twoDecimals).compareTo(threshold) != 0) {
      return twoDecimals;
    }
    for (int scale = 3; scale < MAX_SCALE; scale++) {
      BigDecimal rounded = score.setScale(scale, RoundingMode.HALF_EVEN);
      if (rounded.compareTo(threshold) != 0) {
        return plain(rounded);
      }
    }
    return plain(score);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }
}
