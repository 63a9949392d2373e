package io.github.reviewgate.maven;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The date a gate evaluates on: the {@code review.asOf} date when set, else today in the time zone
 * of {@code review.timeZone}.
 *
 * @param date the evaluation date
 * @param explicit whether it came from {@code review.asOf} rather than the clock
 * @param zone the time zone "today" was taken in
 */
record EvaluationDate(LocalDate date, boolean explicit, ZoneId zone) {

  /**
   * Resolves the evaluation date.
   *
   * @param asOf an ISO date such as {@code 2026-03-01}, or null or blank for today
   * @param timeZone a zone id such as {@code Europe/Paris}, or null or blank for the clock's zone
   * @param clock the clock that gives today
   */
  static EvaluationDate resolve(String asOf, String timeZone, Clock clock)
      throws ParameterException {
    ZoneId zone = zone(timeZone, clock);
    if (asOf == null || asOf.isBlank()) {
      return new EvaluationDate(LocalDate.now(clock.withZone(zone)), false, zone);
    }
    try {
      return new EvaluationDate(LocalDate.parse(asOf.trim()), true, zone);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          ReviewProperties.AS_OF, asOf, "expected an ISO date such as 2026-03-01");
    }
  }

  private static ZoneId zone(String timeZone, Clock clock) throws ParameterException {
    if (timeZone == null || timeZone.isBlank()) {
      return clock.getZone();
    }
    try {
      return ZoneId.of(timeZone.trim());
    } catch (DateTimeException e) {
      throw new ParameterException(
          ReviewProperties.TIME_ZONE,
          timeZone,
          "expected a time zone id such as Europe/Paris or UTC");
    }
  }
}
