package io.github.reviewgate.scoring.gate;

import java.util.List;

/** The ids of the gate's rules, as used in severities, skipRules, waivers and reports. */
public final class RuleIds {

  public static final String MISSING = "missing";
  public static final String UNREADABLE = "unreadable";
  public static final String NO_DATE = "no-date";
  public static final String FUTURE_DATE = "future-date";
  public static final String STALE = "stale";
  public static final String EXPIRING_SOON = "expiring-soon";
  public static final String NO_SCORE = "no-score";
  public static final String BELOW_MIN_SCORE = "below-min-score";
  public static final String SECTION_BELOW_MIN = "section-below-min";
  public static final String OPEN_FINDING = "open-finding";
  public static final String NOT_APPROVED = "not-approved";
  public static final String CONDITIONAL_APPROVAL = "conditional-approval";
  public static final String OVERDUE_ACTION = "overdue-action";
  public static final String SCORE_INCONSISTENT = "score-inconsistent";
  public static final String READER = "reader";

  /** A waiver whose expiry date has passed: it waives nothing and fails the gate. */
  public static final String WAIVER_EXPIRED = "waiver-expired";

  /** A waiver that expires within warnDays of the evaluation date. */
  public static final String WAIVER_EXPIRING = "waiver-expiring";

  /** A waiver that matches no violation. */
  public static final String WAIVER_UNUSED = "waiver-unused";

  /** Every rule id, in the order the gate applies the rules. */
  public static final List<String> ALL =
      List.of(
          MISSING,
          UNREADABLE,
          NO_DATE,
          FUTURE_DATE,
          STALE,
          EXPIRING_SOON,
          NO_SCORE,
          BELOW_MIN_SCORE,
          SECTION_BELOW_MIN,
          OPEN_FINDING,
          NOT_APPROVED,
          CONDITIONAL_APPROVAL,
          OVERDUE_ACTION,
          SCORE_INCONSISTENT,
          READER,
          WAIVER_EXPIRED,
          WAIVER_EXPIRING,
          WAIVER_UNUSED);

  private RuleIds() {}

  /** Returns whether {@code id} names a rule. */
  public static boolean isKnown(String id) {
    return ALL.contains(id);
  }

  /**
   * Returns the severity a rule has unless the policy overrides it.
   *
   * @throws IllegalArgumentException when {@code id} names no rule
   */
  public static Severity defaultSeverity(String id) {
    return switch (id) {
      case EXPIRING_SOON,
          CONDITIONAL_APPROVAL,
          OVERDUE_ACTION,
          SCORE_INCONSISTENT,
          READER,
          WAIVER_EXPIRING,
          WAIVER_UNUSED ->
          Severity.WARNING;
      case MISSING,
          UNREADABLE,
          NO_DATE,
          FUTURE_DATE,
          STALE,
          NO_SCORE,
          BELOW_MIN_SCORE,
          SECTION_BELOW_MIN,
          OPEN_FINDING,
          NOT_APPROVED,
          WAIVER_EXPIRED ->
          Severity.ERROR;
      default -> throw new IllegalArgumentException(unknown(id));
    };
  }

  /** Returns the message for an unknown rule id, listing the known ones. */
  static String unknown(String id) {
    return "unknown rule \"" + id + "\"; the rules are " + String.join(", ", ALL);
  }
}
