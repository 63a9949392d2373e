package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Priority;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.ScoringPolicy;
import io.github.reviewgate.scoring.Threshold;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link GatePolicy} records in tests, starting from the defaults. */
final class PolicyBuilder {

  private int maxAgeDays = 90;
  private int warnDays = 14;
  private Threshold minScore = Threshold.parse("7.0");
  private Optional<Threshold> minSectionScore = Optional.empty();
  private ScoringPolicy scoring = ScoringPolicy.DEFAULT;
  private Optional<Priority> failOnPriority = Optional.of(Priority.HIGH);
  private boolean requireApproval = true;
  private boolean failOnError = true;
  private final Map<String, Severity> severities = new HashMap<>();
  private final Set<String> skipRules = new HashSet<>();
  private List<Waiver> waivers = List.of();
  private long maxFileSize = 5L * 1024 * 1024;

  static PolicyBuilder policy() {
    return new PolicyBuilder();
  }

  PolicyBuilder minScore(String text) {
    minScore = Threshold.parse(text);
    return this;
  }

  PolicyBuilder minSectionScore(String text) {
    minSectionScore = Optional.of(Threshold.parse(text));
    return this;
  }

  PolicyBuilder source(ScoreSource source) {
    scoring = new ScoringPolicy(source, Map.of());
    return this;
  }

  PolicyBuilder failOnPriority(Optional<Priority> priority) {
    failOnPriority = priority;
    return this;
  }

  PolicyBuilder requireApproval(boolean value) {
    requireApproval = value;
    return this;
  }

  PolicyBuilder failOnError(boolean value) {
    failOnError = value;
    return this;
  }

  PolicyBuilder severity(String rule, Severity severity) {
    severities.put(rule, severity);
    return this;
  }

  PolicyBuilder skip(String rule) {
    skipRules.add(rule);
    return this;
  }

  PolicyBuilder waivers(Waiver... values) {
    waivers = List.of(values);
    return this;
  }

  PolicyBuilder maxFileSize(long bytes) {
    maxFileSize = bytes;
    return this;
  }

  GatePolicy build() {
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

  GateResult evaluate(io.github.reviewgate.model.Review review, java.time.LocalDate asOf) {
    return new ReviewGate(build()).evaluate(review, asOf);
  }
}
