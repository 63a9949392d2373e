package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * States which rules a run turned off and what turned them off, so that a review that passes only
 * because, say, {@code stale} is skipped does not pass unnoticed.
 */
final class RulesTurnedOff {

  private RulesTurnedOff() {}

  /** Returns the log line, or empty when every rule is on. */
  static Optional<String> line(GatePolicy policy) {
    List<String> parts = new ArrayList<>();
    if (!policy.skipRules().isEmpty()) {
      // The policy keeps no order, so the ids are sorted for a log that reads the same each run.
      parts.add(
          String.join(", ", new TreeSet<>(policy.skipRules()))
              + " (set by "
              + ReviewProperties.SKIP_RULES
              + ")");
    }
    Set<String> off = new TreeSet<>();
    for (Map.Entry<String, Severity> entry : policy.severities().entrySet()) {
      if (entry.getValue() == Severity.OFF && !policy.skipRules().contains(entry.getKey())) {
        off.add(entry.getKey());
      }
    }
    if (!off.isEmpty()) {
      parts.add(String.join(", ", off) + " (set to off in severities)");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("  Rules turned off for this run: " + String.join("; ", parts));
  }
}
