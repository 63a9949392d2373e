package io.github.reviewgate.scoring.gate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted violation, read from the waivers file.
 *
 * @param rule the rule id it accepts
 * @param match text that limits the waiver to some violations, if any: it matches a finding's
 *     title, a section's title, an action's text or a reader notice that contains it, ignoring case
 * @param reason why the violation is accepted
 * @param expires the last day the waiver is valid
 * @param line the 1-based line in the waivers file, or 0 when unknown
 * @param file the waivers file it was read from, named in messages; empty when it was not read from
 *     a file
 */
public record Waiver(
    String rule,
    Optional<String> match,
    String reason,
    LocalDate expires,
    int line,
    Optional<Path> file) {

  public Waiver {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(file, "file");
  }

  /** Creates a waiver that was not read from a file. */
  public Waiver(String rule, Optional<String> match, String reason, LocalDate expires, int line) {
    this(rule, match, reason, expires, line, Optional.empty());
  }

  /**
   * Returns whether this waiver accepts a violation of {@code violationRule} about {@code subject}.
   */
  boolean covers(String violationRule, Optional<String> subject) {
    if (!rule.equals(violationRule)) {
      return false;
    }
    if (match.isEmpty()) {
      return true;
    }
    String wanted = match.get().strip().toLowerCase(Locale.ROOT);
    return subject.map(text -> text.toLowerCase(Locale.ROOT).contains(wanted)).orElse(false);
  }

  /**
   * Returns how messages name this waiver, such as {@code the waiver for open-finding matching
   * "CloudTrail"}.
   */
  String describe() {
    return "the waiver for "
        + rule
        + match.map(text -> " matching " + Messages.quote(text)).orElse("");
  }

  /** Returns the message prefix naming the waivers file and line, if known. */
  String at() {
    return file.map(path -> Messages.prefix(path, line))
        .orElse(line > 0 ? "waivers line " + line + ": " : "");
  }
}
