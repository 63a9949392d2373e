package io.github.reviewgate.model;

import java.util.Objects;

/**
 * Something a reader noticed while reading a review: an unfilled placeholder, conflicting marks, a
 * marker it could not read, or a date it could not accept.
 *
 * @param severity {@link Severity#ERROR} when the review cannot be judged on this point (an
 *     ambiguous date), {@link Severity#WARNING} otherwise
 * @param line the 1-based source line, or 0 when the notice concerns the whole file
 * @param message what was noticed and what to do, in one or two sentences
 */
public record ReaderNotice(Severity severity, int line, String message) {

  /** How much a notice matters to the gate. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public ReaderNotice {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static ReaderNotice warning(int line, String message) {
    return new ReaderNotice(Severity.WARNING, line, message);
  }

  public static ReaderNotice error(int line, String message) {
    return new ReaderNotice(Severity.ERROR, line, message);
  }
}
