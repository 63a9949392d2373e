package io.github.reviewgate.scoring.report;

import java.util.Locale;

/** Text helpers shared by the writers. */
final class ReportText {

  private ReportText() {}

  /** Returns an enum constant's name in lower case, such as {@code high} for {@code HIGH}. */
  static String lowerCase(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
