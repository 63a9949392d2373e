package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gate's rules in their documented order, with a one-line description each, as the SARIF and
 * JUnit reports list them.
 */
// NOTE: the gate package owns the rules; this copy can go once it publishes a catalogue of its own.
enum GateRule {
  MISSING("missing", Severity.ERROR, "The review file does not exist."),
  UNREADABLE("unreadable", Severity.ERROR, "The review file cannot be parsed."),
  NO_DATE("no-date", Severity.ERROR, "Neither a sign-off date nor a header date is found."),
  FUTURE_DATE("future-date", Severity.ERROR, "The review date is after the evaluation date."),
  STALE("stale", Severity.ERROR, "The evaluation date is after the review's expiry."),
  EXPIRING_SOON("expiring-soon", Severity.WARNING, "The review expires within the warning period."),
  NO_SCORE("no-score", Severity.ERROR, "No section has a score and no overall score is declared."),
  BELOW_MIN_SCORE("below-min-score", Severity.ERROR, "The overall score is below the minimum."),
  SECTION_BELOW_MIN(
      "section-below-min", Severity.ERROR, "A scored section is below the minimum section score."),
  OPEN_FINDING(
      "open-finding", Severity.ERROR, "A finding at or above the failing priority is still open."),
  NOT_APPROVED("not-approved", Severity.ERROR, "The sign-off is rejected, pending or missing."),
  CONDITIONAL_APPROVAL("conditional-approval", Severity.WARNING, "The sign-off is conditional."),
  OVERDUE_ACTION(
      "overdue-action", Severity.WARNING, "An action item is not done after its due date."),
  SCORE_INCONSISTENT(
      "score-inconsistent", Severity.WARNING, "A declared score disagrees with the computed one."),
  READER("reader", Severity.WARNING, "The reader noticed a problem in the review file.");

  private static final String OTHER_DESCRIPTION = "Reported by the review gate.";

  private final String id;
  private final Severity defaultSeverity;
  private final String description;

  GateRule(String id, Severity defaultSeverity, String description) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /**
   * Returns the documented rule ids followed by any other id in {@code seen}, in first-seen order.
   */
  static List<String> idsWith(List<String> seen) {
    List<String> ids = new ArrayList<>(Arrays.stream(values()).map(rule -> rule.id).toList());
    for (String id : seen) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Returns what the rule checks, or a generic description for an id the table does not list. */
  static String describe(String id) {
    return Arrays.stream(values())
        .filter(rule -> rule.id.equals(id))
        .map(rule -> rule.description)
        .findFirst()
        .orElse(OTHER_DESCRIPTION);
  }

  /**
   * Returns the rule's severity under {@code policy}: its override, else the documented default,
   * else error for an id the table does not list.
   */
  static Severity severity(String id, GatePolicy policy) {
    Severity fallback =
        Arrays.stream(values())
            .filter(rule -> rule.id.equals(id))
            .map(rule -> rule.defaultSeverity)
            .findFirst()
            .orElse(Severity.ERROR);
    return policy.severities().getOrDefault(id, fallback);
  }

  /**
   * Returns whether {@code policy} turns the rule off: skipped for this run, given the severity
   * {@code off}, or off through its own setting (no minimum section score, no failing priority,
   * approval not required).
   */
  static boolean isOff(String id, GatePolicy policy) {
    if (policy.skipRules().contains(id) || policy.severities().get(id) == Severity.OFF) {
      return true;
    }
    return switch (id) {
      case "section-below-min" -> policy.minSectionScore().isEmpty();
      case "open-finding" -> policy.failOnPriority().isEmpty();
      case "not-approved" -> !policy.requireApproval();
      default -> false;
    };
  }
}
