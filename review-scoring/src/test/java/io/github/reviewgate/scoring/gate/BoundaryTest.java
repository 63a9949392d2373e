package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.ReviewBuilder.approved;
import static io.github.reviewgate.scoring.ReviewBuilder.score;
import static io.github.reviewgate.scoring.ReviewBuilder.section;
import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.ReviewBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundaryTest {

  private static final LocalDate REVIEWED = LocalDate.of(2026, 1, 1);

  private static List<String> rules(GateResult result) {
    return result.violations().stream().map(Violation::rule).toList();
  }

  @Test
  void ageEqualToMaxAgeIsFresh() {
    GateResult result = policy().evaluate(approved(REVIEWED).build(), REVIEWED.plusDays(90));

    assertThat(rules(result)).containsExactly(RuleIds.EXPIRING_SOON);
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void oneDayOverMaxAgeIsStale() {
    GateResult result = policy().evaluate(approved(REVIEWED).build(), REVIEWED.plusDays(91));

    assertThat(rules(result)).containsExactly(RuleIds.STALE);
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void nextReviewDayIsFresh() {
    ReviewBuilder review = approved(REVIEWED).nextReview(LocalDate.of(2026, 2, 1), 5);

    assertThat(rules(policy().evaluate(review.build(), LocalDate.of(2026, 2, 1))))
        .containsExactly(RuleIds.EXPIRING_SOON);
    assertThat(rules(policy().evaluate(review.build(), LocalDate.of(2026, 2, 2))))
        .containsExactly(RuleIds.STALE);
  }

  @Test
  void expiringSoonWindowEdges() {
    LocalDate expiry = REVIEWED.plusDays(90);

    assertThat(rules(policy().evaluate(approved(REVIEWED).build(), expiry.minusDays(14))))
        .containsExactly(RuleIds.EXPIRING_SOON);
    assertThat(rules(policy().evaluate(approved(REVIEWED).build(), expiry.minusDays(15))))
        .isEmpty();
  }

  @Test
  void reviewDatedOnEvaluationDate() {
    GateResult result = policy().evaluate(approved(REVIEWED).build(), REVIEWED);

    assertThat(rules(result)).isEmpty();
  }

  @Test
  void reviewDatedOneDayAhead() {
    GateResult result = policy().evaluate(approved(REVIEWED).build(), REVIEWED.minusDays(1));

    assertThat(rules(result)).containsExactly(RuleIds.FUTURE_DATE);
  }

  @Test
  void scoreEqualToMinimumPasses() {
    ReviewBuilder review =
        approved(REVIEWED).clearSections().section(section("A", 10, score("7/10"), 11));

    GateResult result = policy().minScore("7").evaluate(review.build(), REVIEWED);

    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void scoreJustBelowMinimumFails() {
    ReviewBuilder review =
        approved(REVIEWED).clearSections().section(section("A", 10, score("6.99/10"), 11));

    GateResult result = policy().minScore("7").evaluate(review.build(), REVIEWED);

    assertThat(rules(result)).containsExactly(RuleIds.BELOW_MIN_SCORE);
    assertThat(result.violations().get(0).message())
        .startsWith("REVIEW.md: overall score is 6.99, but the minimum is 7");
  }

  @Test
  void meanThatDoubleRoundsDownPasses() {
    // In double arithmetic (8.6 + 8.7 + 3.7) / 3 is 6.999999999999999.
    ReviewBuilder review =
        approved(REVIEWED)
            .clearSections()
            .section(section("A", 10, score("8.6/10"), 11))
            .section(section("B", 20, score("8.7/10"), 21))
            .section(section("C", 30, score("3.7/10"), 31));

    GateResult result = policy().minScore("7").evaluate(review.build(), REVIEWED);

    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.scorecard().orElseThrow().overall().orElseThrow()).isEqualByComparingTo("7");
  }

  @Test
  void percentMinimumEqualPasses() {
    GateResult result = policy().minScore("80%").evaluate(approved(REVIEWED).build(), REVIEWED);

    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void sectionEqualToMinimumPasses() {
    GateResult result =
        policy().minSectionScore("8/10").evaluate(approved(REVIEWED).build(), REVIEWED);

    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }
}
