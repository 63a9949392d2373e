package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.read.ReviewReader;
import io.github.reviewgate.scoring.ScoringPolicy;
import io.github.reviewgate.scoring.Threshold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the gate needs to judge a review besides the review and the date. Start from {@link
 * #DEFAULT} and change one setting at a time with the {@code with…} methods.
 *
 * @param maxAgeDays days after the review date that a review stays fresh
 * @param warnDays days before expiry from which the gate warns
 * @param minScore the minimum overall score
 * @param minSectionScore the minimum score of each scored section, or empty to check no section on
 *     its own
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

  /**
   * The plugin's defaults: fresh for 90 days, warn 14 days before expiry, minimum score 7.0, no
   * section minimum, declared scores, open findings of high priority or above fail, approval
   * required, errors fail, no overrides, skips or waivers, and the reader's size cap.
   */
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
          ReviewReader.DEFAULT_MAX_FILE_SIZE);

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

  /** Returns this policy with {@code maxAgeDays} changed. */
  public GatePolicy withMaxAgeDays(int maxAgeDays) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code warnDays} changed. */
  public GatePolicy withWarnDays(int warnDays) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code minScore} changed. */
  public GatePolicy withMinScore(Threshold minScore) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /**
   * Returns this policy with {@code minSectionScore} changed. Empty checks no section on its own.
   */
  public GatePolicy withMinSectionScore(Optional<Threshold> minSectionScore) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code scoring} changed. */
  public GatePolicy withScoring(ScoringPolicy scoring) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code failOnPriority} changed. Empty turns the rule off. */
  public GatePolicy withFailOnPriority(Optional<Priority> failOnPriority) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code requireApproval} changed. */
  public GatePolicy withRequireApproval(boolean requireApproval) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code failOnError} changed. */
  public GatePolicy withFailOnError(boolean failOnError) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with its severity overrides replaced by {@code severities}. */
  public GatePolicy withSeverities(Map<String, Severity> severities) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with its skipped rules replaced by {@code skipRules}. */
  public GatePolicy withSkipRules(Set<String> skipRules) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with its waivers replaced by {@code waivers}. */
  public GatePolicy withWaivers(List<Waiver> waivers) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
  }

  /** Returns this policy with {@code maxFileSize}, in bytes, changed. */
  public GatePolicy withMaxFileSize(long maxFileSize) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        minScore,
        minSectionScore,
        scoring,
        failOnPriority,
        requireApproval,
        failOnError,
        severities,
        skipRules,
        waivers,
        maxFileSize);
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
