package io.github.reviewgate.scoring.gate;

import java.nio.file.Path;

/** Thrown when a waivers file cannot be read or contains an invalid entry. */
public class WaiversFileException extends Exception {

  private final Path file;
  private final int line;

  /**
   * @param file the waivers file
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   * @param problem what is wrong and what to do, without the file name
   */
  public WaiversFileException(Path file, int line, String problem, Throwable cause) {
    super(Messages.prefix(file, line) + problem, cause);
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
