package io.github.reviewgate.maven;

import java.util.Objects;

/**
 * One line for the build log, kept apart from Maven's {@code Log} so that summaries can be tested.
 *
 * @param level the log level
 * @param text the line without a level prefix
 */
record LogLine(Level level, String text) {

  /** The log levels the plugin writes at. */
  enum Level {
    INFO,
    WARN,
    ERROR
  }

  LogLine {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(text, "text");
  }

  static LogLine info(String text) {
    return new LogLine(Level.INFO, text);
  }

  static LogLine warn(String text) {
    return new LogLine(Level.WARN, text);
  }

  static LogLine error(String text) {
    return new LogLine(Level.ERROR, text);
  }
}
