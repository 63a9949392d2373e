package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.ReviewBuilder.approved;
import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaiverTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);
  private static final Path WAIVERS = Path.of("waivers.yaml");

  private static final Review REVIEW =
      approved(LocalDate.of(2026, 3, 1))
          .finding("Audit events not forwarded to the SIEM", Priority.HIGH, FindingStatus.OPEN, 40)
          .finding("Tokens never expire", Priority.CRITICAL, FindingStatus.OPEN, 41)
          .build();

  private static Waiver waiver(String rule, String match, LocalDate expires, int line) {
    return new Waiver(
        rule,
        Optional.ofNullable(match),
        "the SIEM connector ships in release 2.4",
        expires,
        line,
        Optional.of(WAIVERS));
  }

  @Test
  void matchWaivesOneFinding() {
    Waiver siem = waiver(RuleIds.OPEN_FINDING, "siem", LocalDate.of(2026, 6, 30), 2);

    GateResult result = policy().waivers(siem).evaluate(REVIEW, AS_OF);

    assertThat(result.violations()).hasSize(2);
    Violation waived = result.violations().get(0);
    assertThat(waived.line()).isEqualTo(40);
    assertThat(waived.waiver()).contains("the SIEM connector ships in release 2.4");
    assertThat(waived.severity()).isEqualTo(Severity.ERROR);
    assertThat(result.violations().get(1).isWaived()).isFalse();
    assertThat(result.unwaived(Severity.ERROR)).hasSize(1);
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void waiverWithoutMatchWaivesEveryOccurrence() {
    Waiver all = waiver(RuleIds.OPEN_FINDING, null, LocalDate.of(2026, 6, 30), 2);

    GateResult result = policy().waivers(all).evaluate(REVIEW, AS_OF);

    assertThat(result.violations()).allMatch(Violation::isWaived).hasSize(2);
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void expiredWaiverFails() {
    Waiver expired = waiver(RuleIds.OPEN_FINDING, null, LocalDate.of(2026, 3, 9), 2);

    GateResult result = policy().waivers(expired).evaluate(REVIEW, AS_OF);

    assertThat(result.violations()).noneMatch(Violation::isWaived);
    assertThat(result.violations())
        .contains(
            Violation.of(
                RuleIds.WAIVER_EXPIRED,
                Severity.ERROR,
                "waivers.yaml:2: the waiver for open-finding expired on 2026-03-09, 1 day before"
                    + " 2026-03-10, so it waives nothing. Fix what it waived and remove it, or renew"
                    + " it with a new expiry date and reason.",
                0));
    assertThat(result.violations())
        .extracting(Violation::rule)
        .doesNotContain(RuleIds.WAIVER_UNUSED);
  }

  @Test
  void expiringWaiverWarns() {
    Waiver expiring = waiver(RuleIds.OPEN_FINDING, null, LocalDate.of(2026, 3, 20), 2);

    GateResult result = policy().waivers(expiring).evaluate(REVIEW, AS_OF);

    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.unwaived(Severity.WARNING))
        .containsExactly(
            Violation.of(
                RuleIds.WAIVER_EXPIRING,
                Severity.WARNING,
                "waivers.yaml:2: the waiver for open-finding expires on 2026-03-20, 10 days after"
                    + " 2026-03-10, within the 14-day warning period (set by review.warnDays). Fix"
                    + " what it waives, or renew it.",
                0));
  }

  @Test
  void waiverHoldsOnItsLastDay() {
    Waiver lastDay = waiver(RuleIds.OPEN_FINDING, null, AS_OF, 2);

    GateResult result = policy().waivers(lastDay).evaluate(REVIEW, AS_OF);

    assertThat(result.unwaived(Severity.ERROR)).isEmpty();
    assertThat(result.unwaived(Severity.WARNING))
        .extracting(Violation::message)
        .containsExactly(
            "waivers.yaml:2: the waiver for open-finding expires on 2026-03-10, so 2026-03-10 is"
                + " its last day, within the 14-day warning period (set by review.warnDays). Fix"
                + " what it waives, or renew it.");
  }

  @Test
  void unusedWaiverWarns() {
    Waiver unused = waiver(RuleIds.OPEN_FINDING, "CloudTrail", LocalDate.of(2026, 6, 30), 7);

    GateResult result = policy().waivers(unused).evaluate(REVIEW, AS_OF);

    assertThat(result.violations())
        .contains(
            Violation.of(
                RuleIds.WAIVER_UNUSED,
                Severity.WARNING,
                "waivers.yaml:7: the waiver for open-finding matching \"CloudTrail\" matches no"
                    + " violation. Remove it, or correct its rule or match.",
                0));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void waiverNotFromFile() {
    Waiver unused =
        new Waiver(RuleIds.STALE, Optional.empty(), "migrating", LocalDate.of(2026, 6, 30), 0);

    GateResult result = policy().waivers(unused).evaluate(approved(AS_OF).build(), AS_OF);

    assertThat(result.violations())
        .extracting(Violation::message)
        .containsExactly(
            "the waiver for stale matches no violation. Remove it, or correct its rule or match.");
  }

  @Test
  void waiverForSectionName() {
    Waiver section = waiver(RuleIds.SECTION_BELOW_MIN, "access", LocalDate.of(2026, 6, 30), 3);

    GateResult result =
        policy()
            .minSectionScore("9")
            .waivers(section)
            .evaluate(approved(LocalDate.of(2026, 3, 1)).build(), AS_OF);

    assertThat(result.violations()).singleElement().matches(Violation::isWaived);
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void waiverForReaderNotice() {
    Review review =
        approved(LocalDate.of(2026, 3, 1))
            .notice(
                io.github.reviewgate.model.ReaderNotice.warning(6, "unfilled placeholder [Name]"))
            .notice(io.github.reviewgate.model.ReaderNotice.warning(9, "unreadable marker -[x]"))
            .build();
    Waiver placeholder = waiver(RuleIds.READER, "placeholder", LocalDate.of(2026, 6, 30), 2);

    GateResult result = policy().waivers(placeholder).evaluate(review, AS_OF);

    assertThat(result.violations())
        .extracting(Violation::line, Violation::isWaived)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6, true),
            org.assertj.core.groups.Tuple.tuple(9, false));
  }

  @Test
  void waiverOfSkippedRuleIsUnused() {
    Waiver siem = waiver(RuleIds.OPEN_FINDING, "siem", LocalDate.of(2026, 6, 30), 2);

    GateResult result = policy().skip(RuleIds.OPEN_FINDING).waivers(siem).evaluate(REVIEW, AS_OF);

    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactly(RuleIds.WAIVER_UNUSED);
  }
}
