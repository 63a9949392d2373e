package io.github.reviewgate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up the review asks for, such as a post-deployment task "Within 30 Days".
 *
 * @param text the action's text, cleaned of markup
 * @param done whether it is ticked
 * @param withinDays how many days after the review date it is due, when the review states a window
 * @param dueDate the date it is due, when the review states one; it wins over {@code withinDays}
 * @param line the 1-based source line, or 0 when unknown
 */
public record ActionItem(
    String text,
    boolean done,
    Optional<Integer> withinDays,
    Optional<LocalDate> dueDate,
    int line) {

  public ActionItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(withinDays, "withinDays");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /**
   * Returns the date this action is due, given the review date: its own due date, else the review
   * date plus its window, else nothing.
   */
  public Optional<LocalDate> dueAfter(Optional<LocalDate> reviewDate) {
    if (dueDate.isPresent()) {
      return dueDate;
    }
    return withinDays.flatMap(days -> reviewDate.map(date -> date.plusDays(days)));
  }
}
