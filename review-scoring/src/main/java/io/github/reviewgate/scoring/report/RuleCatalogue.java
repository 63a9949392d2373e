package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.RuleIds;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gate's rules as the SARIF and JUnit reports list them: the ids and severities come from the
 * gate package, the one-line descriptions from here.
 */
final class RuleCatalogue {

  private static final String OTHER_DESCRIPTION = "Reported by the review gate.";

  private static final List<String> WAIVER_RULES =
      List.of(RuleIds.WAIVER_EXPIRED, RuleIds.WAIVER_EXPIRING, RuleIds.WAIVER_UNUSED);

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(RuleIds.MISSING, "The review file does not exist."),
          Map.entry(RuleIds.UNREADABLE, "The review file cannot be parsed."),
          Map.entry(RuleIds.NO_DATE, "Neither a sign-off date nor a header date is found."),
          Map.entry(RuleIds.FUTURE_DATE, "The review date is after the evaluation date."),
          Map.entry(RuleIds.STALE, "The evaluation date is after the review's expiry."),
          Map.entry(RuleIds.EXPIRING_SOON, "The review expires within the warning period."),
          Map.entry(RuleIds.NO_SCORE, "No section has a score and no overall score is declared."),
          Map.entry(RuleIds.BELOW_MIN_SCORE, "The overall score is below the minimum."),
          Map.entry(
              RuleIds.SECTION_BELOW_MIN, "A scored section is below the minimum section score."),
          Map.entry(
              RuleIds.OPEN_FINDING, "A finding at or above the failing priority is still open."),
          Map.entry(RuleIds.NOT_APPROVED, "The sign-off is rejected, pending or missing."),
          Map.entry(RuleIds.CONDITIONAL_APPROVAL, "The sign-off is conditional."),
          Map.entry(RuleIds.OVERDUE_ACTION, "An action item is not done after its due date."),
          Map.entry(
              RuleIds.SCORE_INCONSISTENT, "A declared score disagrees with the computed one."),
          Map.entry(RuleIds.READER, "The reader noticed a problem in the review file."),
          Map.entry(RuleIds.WAIVER_EXPIRED, "A waiver's expiry date has passed."),
          Map.entry(RuleIds.WAIVER_EXPIRING, "A waiver expires within the warning period."),
          Map.entry(RuleIds.WAIVER_UNUSED, "A waiver matches no violation."));

  private RuleCatalogue() {}

  /**
   * Returns the rule ids a JUnit report lists, in the gate's order: every review rule, the waiver
   * rules when the policy has waivers or one of them occurs, and then any other id that occurs.
   */
  static List<String> listed(GateResult result) {
    List<String> occurring = result.violations().stream().map(Violation::rule).toList();
    boolean waivers = !result.policy().waivers().isEmpty();
    List<String> ids = new ArrayList<>();
    for (String id : RuleIds.ALL) {
      if (!WAIVER_RULES.contains(id) || waivers || occurring.contains(id)) {
        ids.add(id);
      }
    }
    occurring.stream().filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
    return ids;
  }

  /** Returns the ids of {@code violations}, once each, in the gate's order, unknown ids last. */
  static List<String> occurring(List<Violation> violations) {
    List<String> occurring = violations.stream().map(Violation::rule).distinct().toList();
    List<String> ids = new ArrayList<>(RuleIds.ALL.stream().filter(occurring::contains).toList());
    occurring.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return ids;
  }

  /** Returns what the rule checks, or a generic description for an id the gate does not know. */
  static String describe(String id) {
    return DESCRIPTIONS.getOrDefault(id, OTHER_DESCRIPTION);
  }

  /**
   * Returns the rule's severity under {@code policy}, or error for an id the gate does not know.
   */
  static Severity severity(String id, GatePolicy policy) {
    return RuleIds.isKnown(id) ? policy.severityOf(id) : Severity.ERROR;
  }

  /**
   * Returns whether {@code policy} turns the rule off: by its severity ({@code off} or skipped), or
   * through the rule's own setting (no minimum section score, no failing priority, approval not
   * required).
   */
  static boolean isOff(String id, GatePolicy policy) {
    if (severity(id, policy) == Severity.OFF) {
      return true;
    }
    // NOTE: the gate checks these settings inside each rule and does not publish them, so the
    // report repeats them here.
    return switch (id) {
      case RuleIds.SECTION_BELOW_MIN -> policy.minSectionScore().isEmpty();
      case RuleIds.OPEN_FINDING -> policy.failOnPriority().isEmpty();
      case RuleIds.NOT_APPROVED -> !policy.requireApproval();
      default -> false;
    };
  }
}
