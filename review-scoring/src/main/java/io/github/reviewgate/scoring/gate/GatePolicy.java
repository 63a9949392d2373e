package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Priority;
import io.github.reviewgate.scoring.ScoringPolicy;
import io.github.reviewgate.scoring.Threshold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the gate needs to judge a review besides the review and the date.
 *
 * @param maxAgeDays days after the review date that a review stays fresh
 * @param warnDays days before expiry from which the gate warns
 * @param minScore the minimum overall score
 * @param minSectionScore the minimum score of each scored section, if set
 * @param scoring how the review is scored
 * @param failOnPriority open findings at or above this priority fail; empty turns the rule off
 * @param requireApproval whether the sign-off must be approved
 * @param failOnError false reports every error as a warning, so that the gate never fails
 * @param severities severity overrides by rule id
 * @param skipRules rule ids turned off for this run
 * @param waivers accepted violations
 * @param maxFileSize the size cap for review files, in bytes
 */
public record GatePolicy(
    int maxAgeDays,
    int warnDays,
    Threshold minScore,
    Optional<Threshold> minSectionScore,
    ScoringPolicy scoring,
    Optional<Priority> failOnPriority,
    boolean requireApproval,
    boolean failOnError,
    Map<String, Severity> severities,
    Set<String> skipRules,
    List<Waiver> waivers,
    long maxFileSize) {

  public static final GatePolicy DEFAULT =
      new GatePolicy(
          90,
          14,
          new Threshold(new BigDecimal("7.0"), "7.0"),
          Optional.empty(),
          ScoringPolicy.DEFAULT,
          Optional.of(Priority.HIGH),
          true,
          true,
          Map.of(),
          Set.of(),
          List.of(),
          5L * 1024 * 1024);

  /**
   * @throws IllegalArgumentException when a number is out of range or a rule id is unknown
   */
  public GatePolicy {
    Objects.requireNonNull(minScore, "minScore");
    Objects.requireNonNull(minSectionScore, "minSectionScore");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(failOnPriority, "failOnPriority");
    severities = Map.copyOf(severities);
    skipRules = Set.copyOf(skipRules);
    waivers = List.copyOf(waivers);
    requireAtLeast("maxAgeDays", maxAgeDays, 0);
    requireAtLeast("warnDays", warnDays, 0);
    requireAtLeast("maxFileSize", maxFileSize, 1);
    severities.keySet().forEach(rule -> requireKnown("severities", rule));
    skipRules.forEach(rule -> requireKnown("skipRules", rule));
    waivers.forEach(waiver -> requireKnown("waivers", waiver.rule()));
  }

  /**
   * Returns the severity {@code rule} has under this policy before {@code failOnError} applies:
   * {@link Severity#OFF} when skipped, else the override, else the rule's default.
   *
   * @throws IllegalArgumentException when {@code rule} names no rule
   */
  public Severity severityOf(String rule) {
    Severity byDefault = RuleIds.defaultSeverity(rule);
    if (skipRules.contains(rule)) {
      return Severity.OFF;
    }
    return severities.getOrDefault(rule, byDefault);
  }

  private static void requireAtLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " is " + value + ", but the minimum is " + minimum);
    }
  }

  private static void requireKnown(String parameter, String rule) {
    if (!RuleIds.isKnown(rule)) {
      throw new IllegalArgumentException(parameter + ": " + RuleIds.unknown(rule));
    }
  }
}
