package io.github.reviewgate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The date by which the review must be reviewed again, as the review states it.
 *
 * @param text the value as written, such as "May 8, 2026 (90 days)" or "after release 2.0"
 * @param date the date it resolves to: a date it states, else a period after the review date; empty
 *     for event-based text
 * @param line the 1-based source line, or 0 when unknown
 */
public record NextReview(String text, Optional<LocalDate> date, int line) {
  public NextReview {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
  }
}
