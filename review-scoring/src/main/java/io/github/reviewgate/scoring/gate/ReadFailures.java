package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.read.ReviewReadException;
import java.nio.file.Path;

/** The {@code missing} and {@code unreadable} occurrences for a file that gives no review. */
final class ReadFailures {

  private ReadFailures() {}

  static Occurrence missing(Path file) {
    return Occurrence.of(
        Messages.prefix(file, 0)
            + "the review file was not found. Write the review at "
            + file
            + ", or set review.file to the review's path.",
        0);
  }

  static Occurrence unreadable(Path file, ReviewReadException exception) {
    String cause = exception.getMessage() == null ? "no cause given" : exception.getMessage();
    return Occurrence.of(
        Messages.prefix(file, exception.line())
            + "the review cannot be read: "
            + Messages.sentence(cause),
        exception.line());
  }

  /** Returns the occurrence for a reader that failed on input it should have reported on. */
  static Occurrence readerFailure(Path file, RuntimeException exception) {
    return Occurrence.of(
        Messages.prefix(file, 0)
            + "the review cannot be read: the reader failed with "
            + exception
            + ". Report this with the review file attached.",
        0);
  }
}
