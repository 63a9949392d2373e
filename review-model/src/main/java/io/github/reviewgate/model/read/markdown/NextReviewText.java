package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.ReaderNotice;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a Next Review value. A date it states wins. Otherwise a period such as "(90 days)", "3
 * Monate" or "quarterly" counts from the review date. Event-based text resolves to nothing, with a
 * warning.
 */
final class NextReviewText {

  private final FieldReading reading;
  private final PeriodText periods;
  private final List<ReaderNotice> notices;

  NextReviewText(FieldReading reading, List<ReaderNotice> notices) {
    this.reading = reading;
    this.periods = new PeriodText(reading.vocabulary());
    this.notices = notices;
  }

  NextReview resolve(KeyValue field, Optional<LocalDate> reviewDate) {
    Optional<LocalDate> date = reading.date(field);
    if (date.isPresent()) {
      return new NextReview(field.raw(), date, field.line());
    }

    Optional<Period> period = periods.find(field.value());
    if (period.isPresent() && reviewDate.isPresent()) {
      return new NextReview(
          field.raw(), Optional.of(reviewDate.get().plus(period.get())), field.line());
    }
    if (period.isPresent()) {
      warn(
          field,
          "counts from the review date, which the review does not state; add a Date line or"
              + " write the next review as a date");
    } else {
      warn(
          field,
          "names no date or period after the review date, so only the maximum age applies;"
              + " write a date such as 2026-05-08 or a period such as 90 days");
    }
    return new NextReview(field.raw(), Optional.empty(), field.line());
  }

  private void warn(KeyValue field, String problem) {
    notices.add(
        ReaderNotice.warning(field.line(), field.key() + " '" + field.value() + "' " + problem));
  }
}
