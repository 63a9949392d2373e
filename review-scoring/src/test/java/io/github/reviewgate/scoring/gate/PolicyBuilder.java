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

/** Builds {@link GatePolicy} records in tests, starting from {@link GatePolicy#DEFAULT}. */
final class PolicyBuilder {

  private GatePolicy policy = GatePolicy.DEFAULT;
  private final Map<String, Severity> severities = new HashMap<>();
  private final Set<String> skipRules = new HashSet<>();

  static PolicyBuilder policy() {
    return new PolicyBuilder();
  }

  PolicyBuilder minScore(String text) {
    policy = policy.withMinScore(Threshold.parse(text));
    return this;
  }

  PolicyBuilder minSectionScore(String text) {
    policy = policy.withMinSectionScore(Optional.of(Threshold.parse(text)));
    return this;
  }

  PolicyBuilder source(ScoreSource source) {
    policy = policy.withScoring(new ScoringPolicy(source, Map.of()));
    return this;
  }

  PolicyBuilder failOnPriority(Optional<Priority> priority) {
    policy = policy.withFailOnPriority(priority);
    return this;
  }

  PolicyBuilder requireApproval(boolean value) {
    policy = policy.withRequireApproval(value);
    return this;
  }

  PolicyBuilder failOnError(boolean value) {
    policy = policy.withFailOnError(value);
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
    policy = policy.withWaivers(List.of(values));
    return this;
  }

  PolicyBuilder maxFileSize(long bytes) {
    policy = policy.withMaxFileSize(bytes);
    return this;
  }

  GatePolicy build() {
    return policy.withSeverities(severities).withSkipRules(skipRules);
  }

  GateResult evaluate(io.github.reviewgate.model.Review review, java.time.LocalDate asOf) {
    return new ReviewGate(build()).evaluate(review, asOf);
  }
}
