package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.scoring.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/** Formatting shared by the rules' messages, so that they follow one grammar. */
final class Messages {

  /** Decimals a score shows unless more are needed to tell it from the number it is compared to. */
  private static final int DECIMALS = 2;

  private static final int MAX_DECIMALS = 34;

  private Messages() {}

  /** Returns "file:line: ", or "file: " when the line is unknown. */
  static String prefix(Path file, int line) {
    return line > 0 ? file + ":" + line + ": " : file + ": ";
  }

  /** Returns "1 day" or "n days". */
  static String days(long count) {
    return count == 1 ? "1 day" : count + " days";
  }

  /** Returns a number with at most two decimals and no trailing zeros, such as 9.25 or 10. */
  static String number(BigDecimal value) {
    return plain(value.setScale(DECIMALS, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns {@code value} with at most two decimals, or with more when two would hide on which side
   * of {@code limit} it lies: 6.996 against 7 shows as 6.996, never as 7.
   */
  static String number(BigDecimal value, BigDecimal limit) {
    int side = value.compareTo(limit);
    for (int decimals = DECIMALS; decimals < MAX_DECIMALS; decimals++) {
      BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_EVEN);
      if (shown.compareTo(limit) == side) {
        return plain(shown);
      }
    }
    return plain(value);
  }

  /** Returns a threshold and where it was set, such as "7.5 (75%, set by review.minScore)". */
  static String threshold(Threshold threshold, String property) {
    String points = plain(threshold.points());
    boolean plainNumber = threshold.text().matches("\\d+(\\.\\d+)?");
    String source = plainNumber ? "set by " + property : threshold.text() + ", set by " + property;
    return points + " (" + source + ")";
  }

  /** Returns what a section's items give, such as "checks 3 of 8" or "checks 3 of 8, 2 partly". */
  static String checks(ItemCounts counts) {
    String checks = "checks " + counts.done() + " of " + counts.countable();
    return counts.partial() == 0 ? checks : checks + ", " + counts.partial() + " partly";
  }

  /** Returns text in double quotes. */
  static String quote(String text) {
    return "\"" + text + "\"";
  }

  /** Returns {@code text} ending with a full stop. */
  static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }
}
