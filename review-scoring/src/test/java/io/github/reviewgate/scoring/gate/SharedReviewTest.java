package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reviewgate.scoring.ScoreSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gate on a real production security review, read from the shared review folder. */
class SharedReviewTest {

  private Path file;

  @BeforeEach
  void locateReview() {
    String shared = System.getProperty("reviewgate.shared", "");
    file = Path.of(shared, "reviews", "production-security-review.md");
    assumeTrue(
        !shared.isEmpty() && Files.isRegularFile(file),
        "../shared is absent: the shared review documents are not beside this clone");
  }

  private GateResult evaluate(GatePolicy policy, LocalDate asOf) {
    return new ReviewGate(policy).evaluate(file, asOf);
  }

  @Test
  void warnsOnFirstOfMarch() {
    GateResult result = evaluate(policy().build(), LocalDate.of(2026, 3, 1));

    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.scorecard().orElseThrow().overall().orElseThrow())
        .isEqualByComparingTo("9.25");
    assertThat(result.expires()).contains(LocalDate.of(2026, 5, 8));
    assertThat(result.violations())
        .extracting(Violation::rule)
        .containsExactly(
            RuleIds.SCORE_INCONSISTENT,
            RuleIds.OVERDUE_ACTION,
            RuleIds.OVERDUE_ACTION,
            RuleIds.OVERDUE_ACTION,
            RuleIds.OVERDUE_ACTION);
    assertThat(result.violations().get(0).message())
        .contains("\"Compliance Readiness\" declares 6 but checks 3 of 8 items, which gives 3.75");
  }

  @Test
  void failsStaleInDecember() {
    GateResult result = evaluate(policy().build(), LocalDate.of(2026, 12, 4));

    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.unwaived(Severity.ERROR))
        .extracting(Violation::rule)
        .containsExactly("stale");
    assertThat(result.unwaived(Severity.ERROR).get(0).message())
        .isEqualTo(
            file
                + ":271: the review expired on 2026-05-08 (the next review date, earlier than"
                + " review date + 90 days = 2026-05-09), 210 days before 2026-12-04; the review is"
                + " 299 days old. Review it again and update its date.");
  }

  @Test
  void lowerScoreSource() {
    GateResult result =
        evaluate(policy().source(ScoreSource.LOWER).build(), LocalDate.of(2026, 3, 1));

    assertThat(result.scorecard().orElseThrow().overall().orElseThrow())
        .isEqualByComparingTo("9.025");
  }
}
