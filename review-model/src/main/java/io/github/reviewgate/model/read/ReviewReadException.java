package io.github.reviewgate.model.read;

import java.nio.file.Path;

/**
 * Thrown when a review file cannot be read at all: it is too large, not valid YAML or JSON, or not
 * readable from disk. Problems that leave the rest of the document readable are {@link
 * io.github.reviewgate.model.ReaderNotice notices} instead.
 */
public class ReviewReadException extends Exception {

  private final Path file;
  private final int line;

  /**
   * @param file the file being read
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   * @param message what is wrong and what to do, without the file name
   */
  public ReviewReadException(Path file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public ReviewReadException(Path file, int line, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
