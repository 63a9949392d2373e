package io.github.reviewgate.scoring.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.read.ReviewReader;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.ScoringPolicy;
import io.github.reviewgate.scoring.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatePolicyTest {

  private static final GatePolicy DEFAULT = GatePolicy.DEFAULT;

  @Test
  void defaultValues() {
    assertThat(DEFAULT.maxAgeDays()).isEqualTo(90);
    assertThat(DEFAULT.warnDays()).isEqualTo(14);
    assertThat(DEFAULT.minScore()).isEqualTo(Threshold.parse("7.0"));
    assertThat(DEFAULT.minSectionScore()).isEmpty();
    assertThat(DEFAULT.scoring()).isEqualTo(ScoringPolicy.DEFAULT);
    assertThat(DEFAULT.failOnPriority()).contains(Priority.HIGH);
    assertThat(DEFAULT.requireApproval()).isTrue();
    assertThat(DEFAULT.failOnError()).isTrue();
    assertThat(DEFAULT.severities()).isEmpty();
    assertThat(DEFAULT.skipRules()).isEmpty();
    assertThat(DEFAULT.waivers()).isEmpty();
    assertThat(DEFAULT.maxFileSize()).isEqualTo(ReviewReader.DEFAULT_MAX_FILE_SIZE);
  }

  @Test
  void withNumbers() {
    assertThat(DEFAULT.withMaxAgeDays(30)).isEqualTo(copy(30, 14, DEFAULT.maxFileSize()));
    assertThat(DEFAULT.withWarnDays(3)).isEqualTo(copy(90, 3, DEFAULT.maxFileSize()));
    assertThat(DEFAULT.withMaxFileSize(1024)).isEqualTo(copy(90, 14, 1024));
  }

  @Test
  void withThresholds() {
    Threshold strict = Threshold.parse("80%");

    GatePolicy policy = DEFAULT.withMinScore(strict).withMinSectionScore(Optional.of(strict));

    assertThat(policy.minScore()).isEqualTo(strict);
    assertThat(policy.minSectionScore()).contains(strict);
    assertThat(policy.withMinSectionScore(Optional.empty()))
        .isEqualTo(DEFAULT.withMinScore(strict));
  }

  @Test
  void withSwitches() {
    ScoringPolicy computed = new ScoringPolicy(ScoreSource.COMPUTED, Map.of());

    GatePolicy policy =
        DEFAULT
            .withScoring(computed)
            .withFailOnPriority(Optional.empty())
            .withRequireApproval(false)
            .withFailOnError(false);

    assertThat(policy.scoring()).isEqualTo(computed);
    assertThat(policy.failOnPriority()).isEmpty();
    assertThat(policy.requireApproval()).isFalse();
    assertThat(policy.failOnError()).isFalse();
    assertThat(policy.minScore()).isEqualTo(DEFAULT.minScore());
  }

  @Test
  void withRuleSettings() {
    Waiver waiver =
        new Waiver(RuleIds.STALE, Optional.empty(), "renewal booked", LocalDate.of(2026, 6, 1), 0);

    GatePolicy policy =
        DEFAULT
            .withSeverities(Map.of(RuleIds.STALE, Severity.WARNING))
            .withSkipRules(Set.of(RuleIds.NOT_APPROVED))
            .withWaivers(List.of(waiver));

    assertThat(policy.severityOf(RuleIds.STALE)).isEqualTo(Severity.WARNING);
    assertThat(policy.severityOf(RuleIds.NOT_APPROVED)).isEqualTo(Severity.OFF);
    assertThat(policy.waivers()).containsExactly(waiver);
  }

  @Test
  void withValidates() {
    assertThatThrownBy(() -> DEFAULT.withMaxAgeDays(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAgeDays is -1, but the minimum is 0");
    assertThatThrownBy(() -> DEFAULT.withSkipRules(Set.of("no-such-rule")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("skipRules: ");
  }

  private static GatePolicy copy(int maxAgeDays, int warnDays, long maxFileSize) {
    return new GatePolicy(
        maxAgeDays,
        warnDays,
        DEFAULT.minScore(),
        DEFAULT.minSectionScore(),
        DEFAULT.scoring(),
        DEFAULT.failOnPriority(),
        DEFAULT.requireApproval(),
        DEFAULT.failOnError(),
        DEFAULT.severities(),
        DEFAULT.skipRules(),
        DEFAULT.waivers(),
        maxFileSize);
  }
}
