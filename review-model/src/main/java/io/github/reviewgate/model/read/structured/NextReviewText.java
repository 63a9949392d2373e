package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.read.markdown.PeriodText;
import io.github.reviewgate.model.read.markdown.Vocabulary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a sign-off's next review text to a date: an ISO date in the text wins, else a period
 * such as "90 days", "3 months" or "quarterly" (in any language of the Markdown vocabulary) counts
 * from the review date, else the text resolves to nothing (event-based text such as "after release
 * 2.0").
 */
final class NextReviewText {

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  private NextReviewText() {}

  static Optional<LocalDate> resolve(String text, Optional<LocalDate> reviewDate) {
    Matcher date = ISO_DATE.matcher(text);
    if (date.find()) {
      try {
        return Optional.of(LocalDate.parse(date.group()));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (reviewDate.isEmpty()) {
      return Optional.empty();
    }
    // Fetched only here, so that a YAML or JSON review that dates its next review never loads the
    // Markdown vocabulary.
    return new PeriodText(Vocabulary.bundled()).find(text).map(reviewDate.get()::plus);
  }
}
