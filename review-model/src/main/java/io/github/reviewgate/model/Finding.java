package io.github.reviewgate.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding, issue or risk the review reports.
 *
 * @param title the finding's text, cleaned of markup
 * @param priority its priority
 * @param status whether it is still open
 * @param due the date it must be resolved by, if the review gives one
 * @param line the 1-based source line, or 0 when unknown
 */
public record Finding(
    String title, Priority priority, FindingStatus status, Optional<LocalDate> due, int line) {

  public Finding {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(due, "due");
  }

  public boolean isOpen() {
    return status == FindingStatus.OPEN;
  }
}
