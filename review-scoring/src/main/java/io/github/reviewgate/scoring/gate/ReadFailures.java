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
    return Occurrence.of(
        Messages.prefix(file, exception.line())
            + "the review cannot be read: "
            + Messages.sentence(exception.getMessage()),
        exception.line());
  }
}
