package io.github.reviewgate.model.read.structured;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time written as a count and a unit: {@code 24 hours}, {@code 30 days}, {@code 2 weeks}
 * or {@code 3 months}.
 *
 * @param amount the count, at most 9999
 * @param unit hours, days, weeks or months
 */
record TimeSpan(int amount, ChronoUnit unit) {

  private static final Pattern SPAN =
      Pattern.compile("(\\d{1,4})\\s*(hour|day|week|month)s?\\b", Pattern.CASE_INSENSITIVE);

  /** Parses text that is exactly one span, such as "30 days"; case and plurals do not matter. */
  static Optional<TimeSpan> parse(String text) {
    Matcher matcher = SPAN.matcher(text.strip());
    return matcher.matches() ? Optional.of(of(matcher)) : Optional.empty();
  }

  static TimeSpan ofDays(int days) {
    return new TimeSpan(days, ChronoUnit.DAYS);
  }

  private static TimeSpan of(Matcher matcher) {
    int amount = Integer.parseInt(matcher.group(1));
    ChronoUnit unit =
        switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
          case "hour" -> ChronoUnit.HOURS;
          case "week" -> ChronoUnit.WEEKS;
          case "month" -> ChronoUnit.MONTHS;
          default -> ChronoUnit.DAYS;
        };
    return new TimeSpan(amount, unit);
  }

  /**
   * Returns the span in whole days: hours round up to the next day, so "24 hours" is 1 day. A month
   * counts as 30 days, because an action item keeps a day count.
   */
  int days() {
    return switch (unit) {
      case HOURS -> (amount + 23) / 24;
      case WEEKS -> amount * 7;
      case MONTHS -> amount * 30;
      default -> amount;
    };
  }

  /** Returns the span as written in a review file, such as "30 days". */
  String text() {
    String name = unit.name().toLowerCase(Locale.ROOT);
    return amount + " " + (amount == 1 ? name.substring(0, name.length() - 1) : name);
  }
}
