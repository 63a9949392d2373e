package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.ProductionSecurityReview;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.Scorecard;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The production security review, built in code with the real document's numbers and lines. */
class WorkedExampleTest {

  private static final Review REVIEW = ProductionSecurityReview.builder().build();

  @Test
  void warnsOnFirstOfMarch() {
    GateResult result = policy().evaluate(REVIEW, LocalDate.of(2026, 3, 1));

    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.expires()).contains(LocalDate.of(2026, 5, 8));
    Scorecard scorecard = result.scorecard().orElseThrow();
    assertThat(scorecard.overall().orElseThrow()).isEqualByComparingTo("9.25");
    assertThat(scorecard.scored()).hasSize(10);
    assertThat(scorecard.scoredCounts()).isEqualTo(new ItemCounts(66, 5, 0, 0));
    assertThat(scorecard.sections()).hasSize(12);
    assertThat(result.violations())
        .extracting(Violation::rule, Violation::severity, Violation::line)
        .containsExactly(
            tuple(RuleIds.SCORE_INCONSISTENT, Severity.WARNING, 116),
            tuple(RuleIds.OVERDUE_ACTION, Severity.WARNING, 279),
            tuple(RuleIds.OVERDUE_ACTION, Severity.WARNING, 280),
            tuple(RuleIds.OVERDUE_ACTION, Severity.WARNING, 281),
            tuple(RuleIds.OVERDUE_ACTION, Severity.WARNING, 282));
    assertThat(result.violations().get(0).message())
        .isEqualTo(
            "REVIEW.md:116: section \"Compliance Readiness\" declares 6 but checks 3 of 8 items,"
                + " which gives 3.75, more than 1 point lower. Correct the declared score, or tick"
                + " the items that are done.");
    assertThat(result.violations().get(1).message())
        .isEqualTo(
            "REVIEW.md:279: action \"Monitor CloudWatch alarms for security events\" is 20 days"
                + " overdue: it was due on 2026-02-09 (review date + 1 day) and is not done. Do it"
                + " and tick it, or move its due date with a reason.");
  }

  @Test
  void failsStaleInDecember() {
    GateResult result = policy().evaluate(REVIEW, LocalDate.of(2026, 12, 4));

    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.unwaived(Severity.ERROR))
        .containsExactly(
            Violation.of(
                RuleIds.STALE,
                Severity.ERROR,
                "REVIEW.md:271: the review expired on 2026-05-08 (the next review date, earlier"
                    + " than review date + 90 days = 2026-05-09), 210 days before 2026-12-04; the"
                    + " review is 299 days old. Review it again and update its date.",
                271));
    assertThat(result.unwaived(Severity.WARNING))
        .extracting(Violation::rule)
        .containsOnly(RuleIds.SCORE_INCONSISTENT, RuleIds.OVERDUE_ACTION)
        .hasSize(15);
  }

  @Test
  void lowerScoreSource() {
    GateResult result =
        policy().source(ScoreSource.LOWER).evaluate(REVIEW, LocalDate.of(2026, 3, 1));

    assertThat(result.scorecard().orElseThrow().overall().orElseThrow())
        .isEqualByComparingTo("9.025");
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void declaredOverallWithinRounding() {
    GateResult result = policy().evaluate(REVIEW, LocalDate.of(2026, 3, 1));

    assertThat(result.violations()).extracting(Violation::line).doesNotContain(229);
  }
}
