package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.ReviewBuilder.approved;
import static io.github.reviewgate.scoring.ReviewBuilder.done;
import static io.github.reviewgate.scoring.ReviewBuilder.notDone;
import static io.github.reviewgate.scoring.ReviewBuilder.score;
import static io.github.reviewgate.scoring.ReviewBuilder.section;
import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.read.ReviewReadException;
import io.github.reviewgate.scoring.ReviewBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One exact-message test, at least, for every rule. */
class GateRulesTest {

  private static final LocalDate REVIEWED = LocalDate.of(2026, 3, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

  private static ReviewBuilder base() {
    return approved(REVIEWED);
  }

  private static GateResult evaluate(ReviewBuilder review) {
    return policy().evaluate(review.build(), AS_OF);
  }

  private static List<String> messages(GateResult result, String rule) {
    return result.violations().stream()
        .filter(violation -> violation.rule().equals(rule))
        .map(Violation::message)
        .toList();
  }

  @Test
  void baseReviewPasses() {
    GateResult result = evaluate(base());

    assertThat(result.violations()).isEmpty();
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.expires()).contains(LocalDate.of(2026, 5, 30));
    assertThat(result.scorecard().orElseThrow().overall().orElseThrow()).isEqualByComparingTo("8");
  }

  @Nested
  class ReadFailuresTest {

    @TempDir Path folder;

    @Test
    void missing() {
      Path file = folder.resolve("REVIEW.md");

      GateResult result = new ReviewGate(GatePolicy.DEFAULT).evaluate(file, AS_OF);

      assertThat(result.violations())
          .containsExactly(
              Violation.of(
                  RuleIds.MISSING,
                  Severity.ERROR,
                  file
                      + ": the review file was not found. Write the review at "
                      + file
                      + ", or set review.file to the review's path.",
                  0));
      assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(result.review()).isEmpty();
      assertThat(result.scorecard()).isEmpty();
      assertThat(result.expires()).isEmpty();
    }

    @Test
    void unreadableException() {
      ReviewReadException exception =
          new ReviewReadException(
              Path.of("review.yaml"), 12, "unknown field \"scor\"; did you mean \"score\"");

      Occurrence occurrence = ReadFailures.unreadable(Path.of("review.yaml"), exception);

      assertThat(occurrence.message())
          .isEqualTo(
              "review.yaml:12: the review cannot be read: unknown field \"scor\"; did you mean"
                  + " \"score\".");
      assertThat(occurrence.line()).isEqualTo(12);
    }

    @Test
    void readerFailure() {
      Occurrence occurrence =
          ReadFailures.readerFailure(
              Path.of("REVIEW.md"), new IllegalStateException("table has no columns"));

      assertThat(occurrence.message())
          .isEqualTo(
              "REVIEW.md: the review cannot be read: the reader failed with"
                  + " java.lang.IllegalStateException: table has no columns. Report this with the"
                  + " review file attached.");
    }

    @Test
    void unreadableDirectory() {
      GateResult result = new ReviewGate(GatePolicy.DEFAULT).evaluate(folder, AS_OF);

      assertThat(result.violations())
          .singleElement()
          .satisfies(
              violation -> {
                assertThat(violation.rule()).isEqualTo(RuleIds.UNREADABLE);
                assertThat(violation.message())
                    .startsWith(folder + ": the review cannot be read: ");
              });
    }

    @Test
    void unreadableOverSizeCap() throws IOException {
      Path file = folder.resolve("REVIEW.md");
      Files.writeString(file, "# Review\n\n**Date**: 2026-03-01\n");

      GateResult result =
          policy().maxFileSize(10).build().equals(null)
              ? null
              : new ReviewGate(policy().maxFileSize(10).build()).evaluate(file, AS_OF);

      assertThat(result.violations()).hasSize(1);
      Violation violation = result.violations().get(0);
      assertThat(violation.rule()).isEqualTo(RuleIds.UNREADABLE);
      assertThat(violation.severity()).isEqualTo(Severity.ERROR);
      assertThat(violation.message())
          .startsWith(file + ": the review cannot be read: ")
          .contains("10 bytes");
      assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }
  }

  @Test
  void unreadableNotice() {
    GateResult result =
        evaluate(
            base()
                .notice(
                    ReaderNotice.error(
                        7, "the date 02/08/2026 is ambiguous; write it as 2026-02-08")));

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.UNREADABLE,
                Severity.ERROR,
                "REVIEW.md:7: the date 02/08/2026 is ambiguous; write it as 2026-02-08.",
                7));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void readerWarning() {
    GateResult result =
        evaluate(
            base()
                .notice(
                    ReaderNotice.warning(
                        8, "the next review date is the placeholder YYYY-MM-DD; fill it in.")));

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.READER,
                Severity.WARNING,
                "REVIEW.md:8: the next review date is the placeholder YYYY-MM-DD; fill it in.",
                8));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void noDate() {
    GateResult result = evaluate(base().noDate());

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.NO_DATE,
                Severity.ERROR,
                "REVIEW.md: the review has no date: neither a sign-off date nor a header date was"
                    + " found. Add the date of the review, in a form such as 2026-02-08.",
                0));
    assertThat(result.expires()).isEmpty();
  }

  @Test
  void futureDate() {
    GateResult result = evaluate(base().date(LocalDate.of(2026, 3, 20), 3));

    assertThat(messages(result, RuleIds.FUTURE_DATE))
        .containsExactly(
            "REVIEW.md:3: the review date 2026-03-20 is after the evaluation date 2026-03-10."
                + " Correct the review date.");
    assertThat(result.violations().get(0).line()).isEqualTo(3);
  }

  @Test
  void staleByAge() {
    GateResult result =
        policy()
            .evaluate(base().date(LocalDate.of(2026, 1, 1), 3).build(), LocalDate.of(2026, 4, 2));

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.STALE,
                Severity.ERROR,
                "REVIEW.md:3: the review expired on 2026-04-01 (review date 2026-01-01 + 90 days),"
                    + " 1 day before 2026-04-02; the review is 91 days old. Review it again and"
                    + " update its date.",
                3));
  }

  @Test
  void staleByNextReview() {
    ReviewBuilder review =
        base().date(LocalDate.of(2026, 1, 1), 3).nextReview(LocalDate.of(2026, 2, 1), 5);

    GateResult result = policy().evaluate(review.build(), AS_OF);

    assertThat(messages(result, RuleIds.STALE))
        .containsExactly(
            "REVIEW.md:5: the review expired on 2026-02-01 (the next review date, earlier than"
                + " review date + 90 days = 2026-04-01), 37 days before 2026-03-10; the review is"
                + " 68 days old. Review it again and update its date.");
    assertThat(result.violations().get(0).line()).isEqualTo(5);
  }

  @Test
  void expiringSoon() {
    GateResult result = policy().evaluate(base().build(), LocalDate.of(2026, 5, 16));

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.EXPIRING_SOON,
                Severity.WARNING,
                "REVIEW.md:3: the review expires on 2026-05-30 (review date 2026-03-01 + 90 days),"
                    + " 14 days after 2026-05-16, within the 14-day warning period (set by"
                    + " review.warnDays). Review it again before it expires.",
                3));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void expiringSoonWhenNextReviewIsLater() {
    ReviewBuilder review = base().nextReview(LocalDate.of(2026, 7, 1), 5);

    GateResult result = policy().evaluate(review.build(), LocalDate.of(2026, 5, 30));

    assertThat(messages(result, RuleIds.EXPIRING_SOON))
        .containsExactly(
            "REVIEW.md:3: the review expires on 2026-05-30 (review date 2026-03-01 + 90 days,"
                + " earlier than the next review date 2026-07-01), so 2026-05-30 is its last day,"
                + " within the 14-day warning period (set by review.warnDays). Review it again"
                + " before it expires.");
  }

  @Test
  void expiringSoonWhenBothDatesAgree() {
    ReviewBuilder review = base().nextReview(LocalDate.of(2026, 5, 30), 5);

    GateResult result = policy().evaluate(review.build(), LocalDate.of(2026, 5, 29));

    assertThat(messages(result, RuleIds.EXPIRING_SOON))
        .containsExactly(
            "REVIEW.md:5: the review expires on 2026-05-30 (the next review date, and also review"
                + " date 2026-03-01 + 90 days), 1 day after 2026-05-29, within the 14-day warning"
                + " period (set by review.warnDays). Review it again before it expires.");
  }

  @Test
  void noScore() {
    GateResult result = evaluate(base().clearSections());

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.NO_SCORE,
                Severity.ERROR,
                "REVIEW.md: the review has no score: no section declares a score or has checklist"
                    + " items that count, and no overall score is declared. Add checklist items or"
                    + " a score, such as \"Score: 8/10\", to each section.",
                0));
  }

  @Test
  void belowMinScore() {
    ReviewBuilder review =
        base()
            .clearSections()
            .section(section("Identity", 10, score("9.5/10"), 14, done(11)))
            .section(section("Network", 20, score("9/10"), 24, done(21)));

    GateResult result = policy().minScore("9.5").evaluate(review.build(), AS_OF);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.BELOW_MIN_SCORE,
                Severity.ERROR,
                "REVIEW.md: overall score is 9.25, but the minimum is 9.5 (set by review.minScore)."
                    + " The lowest scored section is \"Network\" at 9.",
                0));
  }

  @Test
  void belowMinScoreShowsDecimalsNeeded() {
    ReviewBuilder review =
        base()
            .clearSections()
            .section(section("A", 10, score("7/10"), 11))
            .section(section("B", 12, score("7/10"), 13))
            .section(section("C", 14, score("6.99/10"), 15));

    GateResult result = policy().evaluate(review.build(), AS_OF);

    assertThat(messages(result, RuleIds.BELOW_MIN_SCORE))
        .containsExactly(
            "REVIEW.md: overall score is 6.997, but the minimum is 7 (set by review.minScore)."
                + " The lowest scored section is \"C\" at 6.99.");
  }

  @Test
  void belowMinScorePercent() {
    GateResult result = policy().minScore("85%").evaluate(base().build(), AS_OF);

    assertThat(messages(result, RuleIds.BELOW_MIN_SCORE))
        .containsExactly(
            "REVIEW.md: overall score is 8, but the minimum is 8.5 (85%, set by review.minScore)."
                + " The lowest scored section is \"Access Control\" at 8.");
  }

  @Test
  void belowMinScoreDeclaredOverall() {
    ReviewBuilder review = base().clearSections().overall("6.5/10", 20);

    GateResult result = policy().evaluate(review.build(), AS_OF);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.BELOW_MIN_SCORE,
                Severity.ERROR,
                "REVIEW.md:20: overall score is 6.5 (as declared, since no section is scored), but"
                    + " the minimum is 7 (set by review.minScore).",
                20));
  }

  @Test
  void sectionBelowMinDeclared() {
    GateResult result = policy().minSectionScore("8.5").evaluate(base().build(), AS_OF);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.SECTION_BELOW_MIN,
                Severity.ERROR,
                "REVIEW.md:14: section \"Access Control\" scores 8 (declared), but the minimum is"
                    + " 8.5 (set by review.minSectionScore). Complete the section's open items, or"
                    + " waive it with a reason.",
                14));
  }

  @Test
  void sectionBelowMinComputed() {
    ReviewBuilder review =
        base().clearSections().section(section("Data", 10, done(11), notDone(12), done(13)));

    GateResult result = policy().minSectionScore("7").evaluate(review.build(), AS_OF);

    assertThat(messages(result, RuleIds.SECTION_BELOW_MIN))
        .containsExactly(
            "REVIEW.md:10: section \"Data\" scores 6.67 (computed: checks 2 of 3), but the minimum"
                + " is 7 (set by review.minSectionScore). Complete the section's open items, or"
                + " waive it with a reason.");
  }

  @Test
  void sectionBelowMinOffByDefault() {
    GateResult result = evaluate(base());

    assertThat(messages(result, RuleIds.SECTION_BELOW_MIN)).isEmpty();
  }

  @Test
  void openFinding() {
    ReviewBuilder review =
        base()
            .finding("Tokens never expire", Priority.HIGH, FindingStatus.OPEN, 40)
            .finding("Verbose errors", Priority.MEDIUM, FindingStatus.OPEN, 45)
            .finding("Root keys in CI", Priority.CRITICAL, FindingStatus.RESOLVED, 41)
            .finding("Shared admin account", Priority.CRITICAL, FindingStatus.ACCEPTED, 42);

    GateResult result = evaluate(review);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.OPEN_FINDING,
                Severity.ERROR,
                "REVIEW.md:40: high finding \"Tokens never expire\" is open, and open findings of"
                    + " high priority or above fail the gate (set by review.failOnPriority)."
                    + " Resolve it, or mark it accepted with a reason.",
                40));
  }

  @Test
  void openFindingOff() {
    ReviewBuilder review =
        base().finding("Tokens never expire", Priority.CRITICAL, FindingStatus.OPEN, 40);

    GateResult result = policy().failOnPriority(Optional.empty()).evaluate(review.build(), AS_OF);

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void openFindingLowerThreshold() {
    ReviewBuilder review =
        base().finding("Verbose errors", Priority.MEDIUM, FindingStatus.OPEN, 45);

    GateResult result =
        policy().failOnPriority(Optional.of(Priority.MEDIUM)).evaluate(review.build(), AS_OF);

    assertThat(messages(result, RuleIds.OPEN_FINDING))
        .containsExactly(
            "REVIEW.md:45: medium finding \"Verbose errors\" is open, and open findings of medium"
                + " priority or above fail the gate (set by review.failOnPriority). Resolve it, or"
                + " mark it accepted with a reason.");
  }

  @Test
  void notApprovedRejected() {
    GateResult result = evaluate(base().signOff(SignOffStatus.REJECTED, 4));

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.NOT_APPROVED,
                Severity.ERROR,
                "REVIEW.md:4: the sign-off status is rejected, but the review must be approved (set"
                    + " by review.requireApproval). Get the review approved, or set"
                    + " review.requireApproval to false.",
                4));
  }

  @Test
  void notApprovedPending() {
    GateResult result = evaluate(base().signOff(SignOffStatus.PENDING, 6));

    assertThat(messages(result, RuleIds.NOT_APPROVED))
        .containsExactly(
            "REVIEW.md:6: the sign-off status is pending, but the review must be approved (set by"
                + " review.requireApproval). Get the review approved, or set"
                + " review.requireApproval to false.");
  }

  @Test
  void notApprovedMissing() {
    GateResult result = evaluate(base().noSignOff());

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.NOT_APPROVED,
                Severity.ERROR,
                "REVIEW.md: the review states no sign-off status, but it must be approved (set by"
                    + " review.requireApproval). Record the approval, such as \"Status:"
                    + " Approved\", once the review is approved.",
                0));
  }

  @Test
  void notApprovedNotRequired() {
    GateResult result = policy().requireApproval(false).evaluate(base().noSignOff().build(), AS_OF);

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void conditionalApproval() {
    ReviewBuilder review =
        base()
            .signOff(SignOffStatus.CONDITIONAL, 4)
            .conditions("Enable CloudTrail", "Sign the BAA");

    GateResult result = evaluate(review);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.CONDITIONAL_APPROVAL,
                Severity.WARNING,
                "REVIEW.md:4: the review is approved with conditions (2 conditions listed). Meet"
                    + " them, then record an unconditional approval.",
                4));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void overdueAction() {
    ReviewBuilder review =
        base()
            .action("Rotate the signing key", false, 30, 50)
            .action("Enable CloudTrail", true, 1, 51)
            .actionDue("Sign the BAA", false, LocalDate.of(2026, 3, 5), 52)
            .action("Run a penetration test", false, 90, 53);

    GateResult result = policy().evaluate(review.build(), LocalDate.of(2026, 4, 2));

    // Oldest first, although the older action comes later in the file.
    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.OVERDUE_ACTION,
                Severity.WARNING,
                "REVIEW.md:52: action \"Sign the BAA\" is 28 days overdue: it was due on 2026-03-05"
                    + " and is not done. Do it and tick it, or move its due date with a reason.",
                52),
            Violation.of(
                RuleIds.OVERDUE_ACTION,
                Severity.WARNING,
                "REVIEW.md:50: action \"Rotate the signing key\" is 2 days overdue: it was due on"
                    + " 2026-03-31 (review date + 30 days) and is not done. Do it and tick it, or"
                    + " move its due date with a reason.",
                50));
  }

  @Test
  void overdueActionOldestFirstOnSameLine() {
    ReviewBuilder review = base().action("Later", false, 30, 0).action("Sooner", false, 1, 0);

    GateResult result = policy().evaluate(review.build(), LocalDate.of(2026, 4, 2));

    assertThat(messages(result, RuleIds.OVERDUE_ACTION))
        .extracting(message -> message.substring(0, message.indexOf(" is ")))
        .containsExactly("REVIEW.md: action \"Sooner\"", "REVIEW.md: action \"Later\"");
  }

  @Test
  void actionDueTodayIsNotOverdue() {
    ReviewBuilder review = base().action("Rotate the signing key", false, 30, 50);

    GateResult result = policy().evaluate(review.build(), LocalDate.of(2026, 3, 31));

    assertThat(messages(result, RuleIds.OVERDUE_ACTION)).isEmpty();
  }

  @Test
  void scoreInconsistentSection() {
    ReviewBuilder review =
        base()
            .section(
                section(
                    "Compliance Readiness",
                    105,
                    score("6/10"),
                    116,
                    done(107),
                    done(108),
                    done(109),
                    notDone(110),
                    notDone(111),
                    notDone(112),
                    notDone(113),
                    notDone(114)));

    GateResult result = evaluate(review);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.SCORE_INCONSISTENT,
                Severity.WARNING,
                "REVIEW.md:116: section \"Compliance Readiness\" declares 6 but checks 3 of 8"
                    + " items, which gives 3.75, more than 1 point lower. Correct the declared"
                    + " score, or tick the items that are done.",
                116));
  }

  @Test
  void scoreInconsistentWithinOnePoint() {
    ReviewBuilder review =
        base()
            .clearSections()
            .section(section("Data", 10, score("6/10"), 14, done(11), notDone(12)));

    GateResult result = evaluate(review);

    assertThat(messages(result, RuleIds.SCORE_INCONSISTENT)).isEmpty();
  }

  @Test
  void scoreInconsistentOverall() {
    ReviewBuilder review = base().overall("8.5/10", 30);

    GateResult result = evaluate(review);

    assertThat(result.violations())
        .containsExactly(
            Violation.of(
                RuleIds.SCORE_INCONSISTENT,
                Severity.WARNING,
                "REVIEW.md:30: the declared overall score 8.5 differs from the computed 8 (the"
                    + " weighted mean of 1 scored section) by more than 0.05. Correct the declared"
                    + " overall score.",
                30));
  }

  @Test
  void scoreConsistentOverallWithinMargin() {
    GateResult result = evaluate(base().overall("8.05/10", 30));

    assertThat(messages(result, RuleIds.SCORE_INCONSISTENT)).isEmpty();
  }

  @Test
  void violationsErrorsFirstThenByLine() {
    ReviewBuilder review =
        base()
            .signOff(SignOffStatus.REJECTED, 60)
            .finding("Tokens never expire", Priority.HIGH, FindingStatus.OPEN, 40)
            .notice(ReaderNotice.warning(2, "unfilled placeholder [Name]"))
            .action("Rotate the signing key", false, 1, 70);

    GateResult result = evaluate(review);

    assertThat(result.violations())
        .extracting(Violation::rule, Violation::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleIds.OPEN_FINDING, 40),
            org.assertj.core.groups.Tuple.tuple(RuleIds.NOT_APPROVED, 60),
            org.assertj.core.groups.Tuple.tuple(RuleIds.READER, 2),
            org.assertj.core.groups.Tuple.tuple(RuleIds.OVERDUE_ACTION, 70));
  }
}
