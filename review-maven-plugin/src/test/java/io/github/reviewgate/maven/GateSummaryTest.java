package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.Threshold;
import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Verdict;
import io.github.reviewgate.scoring.gate.Violation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateSummaryTest {

  private static final Path FILE = Path.of("/repo/REVIEW.md");

  private static Section section(String title, int done, int notDone, String declared) {
    List<ChecklistItem> items = new java.util.ArrayList<>();
    for (int i = 0; i < done; i++) {
      items.add(ChecklistItem.of("done " + i, ItemState.DONE, "[x]", 10 + i));
    }
    for (int i = 0; i < notDone; i++) {
      items.add(ChecklistItem.of("open " + i, ItemState.NOT_DONE, "[ ]", 20 + i));
    }
    Optional<Score> score =
        Optional.ofNullable(declared).map(text -> Score.outOfTen(new BigDecimal(text)));
    return new Section(
        title, Optional.empty(), SectionStatus.NONE, items, score, 0, BigDecimal.ONE, 5);
  }

  private static Review review(List<Section> sections) {
    return new Review(
        Optional.of("Ledger Sync - Security Review"),
        Optional.empty(),
        List.of(),
        Optional.of(LocalDate.of(2026, 2, 8)),
        3,
        Optional.empty(),
        sections,
        List.of(),
        List.of(),
        SignOff.NONE,
        Optional.empty(),
        0,
        Optional.empty(),
        new SourceFile(FILE, ReviewFormat.MARKDOWN),
        List.of());
  }

  private static GateResult result(
      LocalDate asOf, GatePolicy policy, Verdict verdict, List<Violation> violations) {
    Section identity = section("Identity", 4, 0, "9.5");
    Section logging = section("Logging", 3, 1, null);
    Section carried = section("Carried Over", 2, 0, null);
    Review review = review(List.of(identity, logging, carried));
    Scorecard scorecard =
        new Scorecard(
            List.of(
                scored(identity, "9.5", ScoreSource.DECLARED),
                scored(logging, "7.5", ScoreSource.COMPUTED),
                new SectionScore(
                    carried,
                    false,
                    Optional.empty(),
                    Optional.of(BigDecimal.TEN),
                    Optional.empty(),
                    Optional.empty(),
                    BigDecimal.ONE)),
            new BigDecimal("17.0"),
            new BigDecimal("2"),
            Optional.of(new BigDecimal("8.5")),
            false);
    return new GateResult(
        FILE,
        asOf,
        policy,
        verdict,
        Optional.of(review),
        Optional.of(scorecard),
        Optional.of(LocalDate.of(2026, 5, 8)),
        violations);
  }

  private static SectionScore scored(Section section, String score, ScoreSource source) {
    BigDecimal value = new BigDecimal(score);
    return new SectionScore(
        section,
        true,
        section.declaredScore().map(Score::normalized),
        Optional.of(value),
        Optional.of(value),
        Optional.of(source),
        BigDecimal.ONE);
  }

  private static List<String> texts(List<LogLine> lines) {
    return lines.stream().map(LogLine::text).toList();
  }

  @Test
  void passingReviewShowsScoreDatesAndBreakdown() {
    GateResult result =
        result(LocalDate.of(2026, 3, 1), GatePolicy.DEFAULT, Verdict.PASS, List.of());

    List<LogLine> lines = GateSummary.lines(result, false);

    assertThat(texts(lines))
        .containsExactly(
            "Review gate: /repo/REVIEW.md",
            "  Title: Ledger Sync - Security Review",
            "  Score: 8.5, minimum 7",
            "  Sections: 2 scored of 3, 7 of 8 items done in the scored sections",
            "  Reviewed: 2026-02-08, expires 2026-05-08 (68 days left)",
            "  Score breakdown (weighted mean: 17 / 2):",
            "    Identity: 9.5 (declared, weight 1)",
            "    Logging: 7.5 (computed, weight 1)",
            "Review gate PASS: 0 errors, 0 warnings, 0 waived");
    assertThat(lines).allMatch(line -> line.level() == LogLine.Level.INFO);
  }

  @Test
  void explicitAsOfIsStated() {
    GateResult result =
        result(LocalDate.of(2026, 3, 1), GatePolicy.DEFAULT, Verdict.PASS, List.of());

    assertThat(texts(GateSummary.lines(result, true)))
        .contains("  Evaluated as of 2026-03-01 (set by review.asOf)");
  }

  @Test
  void staleReviewShowsDaysSinceExpiry() {
    Violation stale = Violation.of("stale", Severity.ERROR, "the review expired", 0);
    GateResult result =
        result(LocalDate.of(2026, 12, 4), GatePolicy.DEFAULT, Verdict.FAIL, List.of(stale));

    List<LogLine> lines = GateSummary.lines(result, true);

    assertThat(texts(lines))
        .contains(
            "  Reviewed: 2026-02-08, expired 2026-05-08 (210 days before 2026-12-04)",
            "  Errors (1):",
            "    /repo/REVIEW.md: [stale] the review expired");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(LogLine.error("Review gate FAIL: 1 error, 0 warnings, 0 waived"));
  }

  @Test
  void violationsGroupedByRuleWithLines() {
    List<Violation> violations =
        List.of(
            Violation.of("below-min-score", Severity.ERROR, "score too low", 0),
            Violation.of("overdue-action", Severity.WARNING, "action one overdue", 201),
            Violation.of("score-inconsistent", Severity.WARNING, "declared 6, computed 3.75", 90),
            Violation.of("overdue-action", Severity.WARNING, "action two overdue", 202),
            new Violation(
                "reader", Severity.WARNING, "placeholder", 4, Optional.of("template kept")));
    GateResult result =
        result(LocalDate.of(2026, 3, 1), GatePolicy.DEFAULT, Verdict.FAIL, violations);

    List<LogLine> lines = GateSummary.lines(result, false);

    int errors = texts(lines).indexOf("  Errors (1):");
    assertThat(texts(lines).subList(errors, lines.size()))
        .containsExactly(
            "  Errors (1):",
            "    /repo/REVIEW.md: [below-min-score] score too low",
            "  Warnings (3):",
            "    /repo/REVIEW.md:201: [overdue-action] action one overdue",
            "    /repo/REVIEW.md:202: [overdue-action] action two overdue",
            "    /repo/REVIEW.md:90: [score-inconsistent] declared 6, computed 3.75",
            "  Waived (1):",
            "    /repo/REVIEW.md:4: [reader] placeholder (waived: template kept)",
            "Review gate FAIL: 1 error, 3 warnings, 1 waived");
    assertThat(lines.get(errors + 1).level()).isEqualTo(LogLine.Level.ERROR);
    assertThat(lines.get(errors + 3).level()).isEqualTo(LogLine.Level.WARN);
  }

  @Test
  void scoreNearMinimumShowsMoreDecimals() {
    GatePolicy policy =
        new GatePolicy(
            90,
            14,
            new Threshold(new BigDecimal("8.5"), "8.5"),
            Optional.empty(),
            GatePolicy.DEFAULT.scoring(),
            GatePolicy.DEFAULT.failOnPriority(),
            true,
            true,
            java.util.Map.of(),
            java.util.Set.of(),
            List.of(),
            GatePolicy.DEFAULT.maxFileSize());
    GateResult passing = result(LocalDate.of(2026, 3, 1), policy, Verdict.PASS, List.of());
    Scorecard close =
        new Scorecard(
            passing.scorecard().get().sections(),
            new BigDecimal("16.999"),
            new BigDecimal("2"),
            Optional.of(new BigDecimal("8.4995")),
            false);
    GateResult result =
        new GateResult(
            FILE,
            passing.asOf(),
            policy,
            Verdict.FAIL,
            passing.review(),
            Optional.of(close),
            passing.expires(),
            List.of());

    assertThat(texts(GateSummary.lines(result, false))).contains("  Score: 8.4995, minimum 8.5");
  }

  @Test
  void missingFileShowsOnlyViolations() {
    Violation missing = Violation.of("missing", Severity.ERROR, "no review at /repo/REVIEW.md", 0);
    GateResult result =
        new GateResult(
            FILE,
            LocalDate.of(2026, 3, 1),
            GatePolicy.DEFAULT,
            Verdict.FAIL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(missing));

    assertThat(texts(GateSummary.lines(result, false)))
        .containsExactly(
            "Review gate: /repo/REVIEW.md",
            "  Errors (1):",
            "    /repo/REVIEW.md: [missing] no review at /repo/REVIEW.md",
            "Review gate FAIL: 1 error, 0 warnings, 0 waived");
  }

  @Test
  void describeShowsLocationOnce() {
    Violation prefixed =
        Violation.of("stale", Severity.ERROR, "/repo/REVIEW.md:12: the review expired", 12);
    Violation plain = Violation.of("stale", Severity.ERROR, "the review expired", 12);
    Violation wholeFile = Violation.of("missing", Severity.ERROR, "/repo/REVIEW.md: not found", 0);

    assertThat(GateSummary.describe(FILE, prefixed))
        .isEqualTo("/repo/REVIEW.md:12: [stale] the review expired");
    assertThat(GateSummary.describe(FILE, plain))
        .isEqualTo("/repo/REVIEW.md:12: [stale] the review expired");
    assertThat(GateSummary.describe(FILE, wholeFile))
        .isEqualTo("/repo/REVIEW.md: [missing] not found");
  }

  @Test
  void describeLocatesWaiverInWaiversFile() {
    Violation unused =
        Violation.of(
            "waiver-unused",
            Severity.WARNING,
            "/repo/review-waivers.yaml:6: the waiver for stale matches no violation.",
            0);
    Violation unlocated =
        Violation.of("waiver-unused", Severity.WARNING, "the waiver for stale matches nothing.", 0);

    assertThat(GateSummary.describe(FILE, unused))
        .isEqualTo(
            "/repo/review-waivers.yaml:6: [waiver-unused] the waiver for stale matches no"
                + " violation.");
    assertThat(GateSummary.describe(FILE, unlocated))
        .isEqualTo("/repo/REVIEW.md: [waiver-unused] the waiver for stale matches nothing.");
  }
}
