package io.github.reviewgate.scoring.gate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the gate found wrong.
 *
 * @param rule the rule id, such as {@code stale}
 * @param severity its severity after overrides; never {@link Severity#OFF}
 * @param message what failed, the values compared and what to do; it begins with the location,
 *     {@code file:line: } or {@code file: }, as the gate writes it
 * @param line the 1-based line in the review file, or 0 when it concerns the whole file
 * @param waiver the reason of the waiver that accepts it, if one does; a waived violation does not
 *     count towards the verdict
 */
public record Violation(
    String rule, Severity severity, String message, int line, Optional<String> waiver) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(waiver, "waiver");
    if (severity == Severity.OFF) {
      throw new IllegalArgumentException("a violation cannot have severity OFF: " + rule);
    }
  }

  public static Violation of(String rule, Severity severity, String message, int line) {
    return new Violation(rule, severity, message, line, Optional.empty());
  }

  public boolean isWaived() {
    return waiver.isPresent();
  }

  /**
   * Returns the message without its leading location, for reports that show the location in a
   * column of their own. Only the location of {@code file} at this violation's line is removed, as
   * the gate writes it ({@code file:line: }, or {@code file: } when the line is 0); a message that
   * begins with any other location, such as a waivers file's, is returned whole.
   *
   * @param file the review file as the gate was given it, which is how messages name it
   */
  public String detail(Path file) {
    String location = Messages.prefix(file, line);
    return message.startsWith(location) ? message.substring(location.length()) : message;
  }
}
