package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.ReviewBuilder.approved;
import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.SignOffStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeverityPolicyTest {

  private static final LocalDate REVIEWED = LocalDate.of(2026, 1, 1);
  private static final LocalDate STALE_DAY = REVIEWED.plusDays(91);
  private static final LocalDate EXPIRING_DAY = REVIEWED.plusDays(85);

  private static final Review REVIEW = approved(REVIEWED).build();

  @Test
  void warningRaisedToError() {
    GateResult result =
        policy().severity(RuleIds.EXPIRING_SOON, Severity.ERROR).evaluate(REVIEW, EXPIRING_DAY);

    assertThat(result.violations())
        .singleElement()
        .extracting(Violation::severity)
        .isEqualTo(Severity.ERROR);
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void errorLoweredToWarning() {
    GateResult result =
        policy().severity(RuleIds.STALE, Severity.WARNING).evaluate(REVIEW, STALE_DAY);

    assertThat(result.violations())
        .singleElement()
        .extracting(Violation::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.isDemotedError(result.violations().get(0))).isFalse();
  }

  @Test
  void offDropsRule() {
    GateResult result = policy().severity(RuleIds.STALE, Severity.OFF).evaluate(REVIEW, STALE_DAY);

    assertThat(result.violations()).isEmpty();
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void skipRulesDropsRule() {
    GateResult result = policy().skip(RuleIds.STALE).evaluate(REVIEW, STALE_DAY);

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void skipRulesWinsOverSeverity() {
    GatePolicy gatePolicy =
        policy().severity(RuleIds.STALE, Severity.ERROR).skip(RuleIds.STALE).build();

    assertThat(gatePolicy.severityOf(RuleIds.STALE)).isEqualTo(Severity.OFF);
  }

  @Test
  void failOnErrorFalseReportsErrorsAsWarnings() {
    Review rejected = approved(REVIEWED).signOff(SignOffStatus.REJECTED, 4).build();

    GateResult strict = policy().evaluate(rejected, STALE_DAY);
    GateResult lenient = policy().failOnError(false).evaluate(rejected, STALE_DAY);

    assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(lenient.verdict()).isEqualTo(Verdict.WARN);
    assertThat(lenient.violations()).extracting(Violation::severity).containsOnly(Severity.WARNING);
    assertThat(lenient.violations())
        .extracting(Violation::message)
        .containsExactlyInAnyOrderElementsOf(
            strict.violations().stream().map(Violation::message).toList());
    assertThat(lenient.violations()).allMatch(lenient::isDemotedError);
  }

  @Test
  void failOnErrorFalseKeepsWarnings() {
    GateResult result = policy().failOnError(false).evaluate(REVIEW, EXPIRING_DAY);

    assertThat(result.violations())
        .singleElement()
        .matches(violation -> !result.isDemotedError(violation));
  }

  @Test
  void missingAsWarning(@TempDir Path folder) {
    GateResult result =
        new ReviewGate(policy().severity(RuleIds.MISSING, Severity.WARNING).build())
            .evaluate(folder.resolve("REVIEW.md"), REVIEWED);

    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void unknownRuleInSeverities() {
    assertThatThrownBy(() -> policy().severity("stael", Severity.OFF).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "severities: unknown rule \"stael\"; the rules are missing, unreadable, no-date,"
                + " future-date, stale, expiring-soon, no-score, below-min-score, section-below-min,"
                + " open-finding, not-approved, conditional-approval, overdue-action,"
                + " score-inconsistent, reader, waiver-expired, waiver-expiring, waiver-unused");
  }

  @Test
  void unknownRuleInSkipRules() {
    assertThatThrownBy(() -> policy().skip("stael").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("skipRules: unknown rule \"stael\"; the rules are missing,");
  }

  @Test
  void defaultSeverities() {
    assertThat(RuleIds.ALL)
        .filteredOn(rule -> RuleIds.defaultSeverity(rule) == Severity.WARNING)
        .containsExactly(
            RuleIds.EXPIRING_SOON,
            RuleIds.CONDITIONAL_APPROVAL,
            RuleIds.OVERDUE_ACTION,
            RuleIds.SCORE_INCONSISTENT,
            RuleIds.READER,
            RuleIds.WAIVER_EXPIRING,
            RuleIds.WAIVER_UNUSED);
  }
}
