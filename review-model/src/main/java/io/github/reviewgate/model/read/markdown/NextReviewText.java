package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.ReaderNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a Next Review value. A date it states wins. Otherwise a period such as "(90 days)" or "3
 * months" counts from the review date. Event-based text resolves to nothing, with a warning.
 */
final class NextReviewText {

  // TODO: English period words only; move them into the vocabulary with the other languages.
  private static final Pattern PERIOD =
      Pattern.compile("(\\d{1,4})\\s*(day|week|month|year)s?\\b", Pattern.CASE_INSENSITIVE);

  private NextReviewText() {}

  static NextReview resolve(
      KeyValue field,
      Optional<LocalDate> reviewDate,
      FieldReading reading,
      List<ReaderNotice> notices) {
    Optional<LocalDate> date = reading.date(field);
    if (date.isPresent()) {
      return new NextReview(field.raw(), date, field.line());
    }

    Matcher period = PERIOD.matcher(field.value());
    boolean isPeriod = period.find();
    if (isPeriod && reviewDate.isEmpty()) {
      notices.add(
          ReaderNotice.warning(
              field.line(),
              field.key()
                  + " '"
                  + field.value()
                  + "' counts from the review date, which the review does not state; add a"
                  + " Date line or write the next review as a date"));
      return new NextReview(field.raw(), Optional.empty(), field.line());
    }
    if (isPeriod) {
      int amount = Integer.parseInt(period.group(1));
      LocalDate base = reviewDate.get();
      LocalDate resolved =
          switch (period.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> base.plusDays(amount);
            case "week" -> base.plusWeeks(amount);
            case "month" -> base.plusMonths(amount);
            default -> base.plusYears(amount);
          };
      return new NextReview(field.raw(), Optional.of(resolved), field.line());
    }

    notices.add(
        ReaderNotice.warning(
            field.line(),
            field.key()
                + " '"
                + field.value()
                + "' names no date or period after the review date, so only the maximum age"
                + " applies; write a date such as 2026-05-08 or a period such as 90 days"));
    return new NextReview(field.raw(), Optional.empty(), field.line());
  }
}
