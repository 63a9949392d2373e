package io.github.reviewgate.scoring.report;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Verdict;
import io.github.reviewgate.scoring.gate.Violation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gate results built in code, as the gate would return them, for the report tests. */
final class SampleResults {

  static final Path FILE = Path.of("docs", "REVIEW.md");
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  static final LocalDate REVIEW_DATE = LocalDate.of(2026, 2, 8);

  private SampleResults() {}

  /**
   * Returns a review with three scored sections (declared 9.5, 8 and 6), one unscored checklist,
   * two open findings, three actions of which one is overdue, and two warnings.
   */
  static GateResult warned() {
    return result(
        "Ledger Sync Service - Security Review",
        "Identity and Access",
        "Tokens expire after 15 minutes",
        Verdict.WARN,
        List.of(
            Violation.of(
                "overdue-action",
                Severity.WARNING,
                FILE + ":61: action \"Rotate the signing keys\" was due 2026-02-09.",
                61),
            Violation.of(
                "score-inconsistent",
                Severity.WARNING,
                FILE + ":31: Compliance Readiness declares 6 but checks 3 of 8 (3.75).",
                31)));
  }

  /**
   * Returns the warned review, failing on a stale date, with an open-finding error that a waiver
   * accepts.
   */
  static GateResult failed() {
    return result(
        "Ledger Sync Service - Security Review",
        "Identity and Access",
        "Tokens expire after 15 minutes",
        Verdict.FAIL,
        List.of(
            Violation.of(
                "stale",
                Severity.ERROR,
                FILE + ":5: the review expired on 2026-02-20, 9 days ago. Review it again.",
                5),
            new Violation(
                "open-finding",
                Severity.ERROR,
                FILE + ":50: open high finding \"Audit events not forwarded\".",
                50,
                Optional.of("Forwarding ships with release 2.1")),
            Violation.of(
                "overdue-action",
                Severity.WARNING,
                FILE + ":61: action \"Rotate the signing keys\" was due 2026-02-09.",
                61)));
  }

  /**
   * Returns a review whose user text tries to inject HTML, scripts, links and Velocity references.
   */
  static GateResult hostile() {
    return result(
        "<script>alert('title')</script> | $title ${verdict} #if(true)x#end",
        "<img src=x onerror=alert(1)> Identity | *bold* _it_",
        "[click](javascript:alert(1)) <a href=\"javascript:alert(2)\">link</a> $section.title",
        Verdict.FAIL,
        List.of(
            Violation.of(
                "reader",
                Severity.WARNING,
                "</td><script>alert('message')</script> | `code` $message",
                7),
            new Violation(
                "open-finding",
                Severity.ERROR,
                "open finding <b onmouseover=alert(3)>x</b>",
                50,
                Optional.of("<script>alert('waiver')</script>"))));
  }

  /** Returns a file that could not be read: no review, no scorecard, no dates. */
  static GateResult unreadable() {
    return new GateResult(
        FILE,
        AS_OF,
        GatePolicy.DEFAULT,
        Verdict.FAIL,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(
            Violation.of(
                "unreadable", Severity.ERROR, "the date 02/08/26 has a two-digit year.", 3)));
  }

  /**
   * Returns the warned result with an overall score of {@code overall} and a matching weighted sum.
   */
  static GateResult withOverall(BigDecimal overall) {
    GateResult warned = warned();
    Scorecard card = warned.scorecard().orElseThrow();
    // One scored section of exactly that score, so that the scorecard, which recomputes its
    // overall score from the sections, agrees with the figure shown.
    SectionScore first = card.sections().get(0);
    Section declaring =
        new Section(
            first.section().title(),
            first.section().number(),
            first.section().status(),
            first.section().items(),
            Optional.of(Score.outOfTen(overall)),
            first.section().scoreLine(),
            BigDecimal.ONE,
            first.section().line());
    SectionScore only =
        new SectionScore(
            declaring,
            true,
            Optional.of(overall),
            first.computed(),
            Optional.of(overall),
            Optional.of(ScoreSource.DECLARED),
            BigDecimal.ONE);
    Scorecard changed =
        new Scorecard(List.of(only), overall, BigDecimal.ONE, Optional.of(overall), false);
    return new GateResult(
        warned.file(),
        warned.asOf(),
        warned.policy(),
        warned.verdict(),
        warned.review(),
        Optional.of(changed),
        warned.expires(),
        warned.violations());
  }

  /** Returns the warned result with {@code violations} in place of its own. */
  static GateResult withViolations(List<Violation> violations) {
    GateResult warned = warned();
    return new GateResult(
        warned.file(),
        warned.asOf(),
        warned.policy(),
        warned.verdict(),
        warned.review(),
        warned.scorecard(),
        warned.expires(),
        violations);
  }

  /** Returns the warned result with the expiry date {@code expires}. */
  static GateResult withExpires(LocalDate expires) {
    GateResult warned = warned();
    return new GateResult(
        warned.file(),
        warned.asOf(),
        warned.policy(),
        warned.verdict(),
        warned.review(),
        warned.scorecard(),
        Optional.of(expires),
        warned.violations());
  }

  /** Returns the warned result read from {@code file}. */
  static GateResult withFile(Path file) {
    GateResult warned = warned();
    return new GateResult(
        file,
        warned.asOf(),
        warned.policy(),
        warned.verdict(),
        warned.review(),
        warned.scorecard(),
        warned.expires(),
        warned.violations());
  }

  /** Returns the warned result under {@code policy}. */
  static GateResult withPolicy(GatePolicy policy) {
    GateResult warned = warned();
    return new GateResult(
        warned.file(),
        warned.asOf(),
        policy,
        warned.verdict(),
        warned.review(),
        warned.scorecard(),
        warned.expires(),
        warned.violations());
  }

  private static GateResult result(
      String title,
      String firstSection,
      String firstItem,
      Verdict verdict,
      List<Violation> violations) {
    List<Section> sections =
        List.of(
            section(firstSection, "9.5", 12, items(firstItem, 3, 1, 0, 0)),
            section("Data Protection", "8", 20, items("Backups encrypted", 3, 1, 1, 1)),
            section("Compliance Readiness", "6", 30, items("Control mapped", 3, 5, 0, 0)),
            section("Security Recommendations", null, 40, items("Pin base images", 2, 0, 0, 0)));
    Review review = review(title, sections);
    Scorecard scorecard = scorecard(sections);
    return new GateResult(
        FILE,
        AS_OF,
        GatePolicy.DEFAULT,
        verdict,
        Optional.of(review),
        Optional.of(scorecard),
        Optional.of(LocalDate.of(2026, 5, 8)),
        violations);
  }

  private static Review review(String title, List<Section> sections) {
    List<Finding> findings =
        List.of(
            new Finding(
                "Audit events not forwarded",
                Priority.HIGH,
                FindingStatus.OPEN,
                Optional.empty(),
                50),
            new Finding(
                "Verbose errors in staging",
                Priority.MEDIUM,
                FindingStatus.OPEN,
                Optional.of(LocalDate.of(2026, 4, 1)),
                52),
            new Finding(
                "Old TLS ciphers", Priority.HIGH, FindingStatus.RESOLVED, Optional.empty(), 53));
    List<ActionItem> actions =
        List.of(
            new ActionItem("Rotate the signing keys", false, Optional.of(1), Optional.empty(), 61),
            new ActionItem("Enable audit forwarding", true, Optional.of(1), Optional.empty(), 62),
            new ActionItem("Run a restore drill", false, Optional.of(30), Optional.empty(), 65));
    SignOff signOff =
        new SignOff(
            Optional.of(SignOffStatus.APPROVED),
            70,
            List.of("Platform Security Lead"),
            Optional.of(REVIEW_DATE),
            71,
            Optional.of(
                new NextReview("May 8, 2026 (90 days)", Optional.of(LocalDate.of(2026, 5, 8)), 72)),
            List.of());
    return new Review(
        Optional.of(title),
        Optional.of("ledger-sync"),
        List.of(new Field("Region", "eu-west-1", "eu-west-1", 4)),
        Optional.of(REVIEW_DATE),
        71,
        Optional.of(SignOffStatus.APPROVED),
        sections,
        findings,
        actions,
        signOff,
        Optional.of(Score.outOfTen(new BigDecimal("7.8"))),
        8,
        Optional.of("LOW"),
        new SourceFile(FILE, ReviewFormat.MARKDOWN),
        List.of());
  }

  private static Section section(
      String title, String declared, int line, List<ChecklistItem> items) {
    Optional<Score> score =
        Optional.ofNullable(declared).map(value -> Score.outOfTen(new BigDecimal(value)));
    return new Section(
        title,
        Optional.empty(),
        SectionStatus.NONE,
        items,
        score,
        score.isPresent() ? line + 1 : 0,
        BigDecimal.ONE,
        line);
  }

  private static List<ChecklistItem> items(
      String text, int done, int notDone, int partial, int notApplicable) {
    List<ChecklistItem> items = new ArrayList<>();
    add(items, text, ItemState.DONE, "[x]", done);
    add(items, text, ItemState.NOT_DONE, "[ ]", notDone);
    add(items, text, ItemState.PARTIAL, "PARTIAL", partial);
    add(items, text, ItemState.NOT_APPLICABLE, "N/A", notApplicable);
    return items;
  }

  private static void add(
      List<ChecklistItem> items, String text, ItemState state, String marker, int count) {
    for (int i = 0; i < count; i++) {
      // Items of every section sit on lines 100 and after, apart from the lines that tests check.
      items.add(ChecklistItem.of(text, state, marker, 100 + items.size()));
    }
  }

  /** Scores the sections the way the declared policy does: declared scores, equal weights. */
  private static Scorecard scorecard(List<Section> sections) {
    List<SectionScore> scores = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weight = BigDecimal.ZERO;
    for (Section section : sections) {
      Optional<BigDecimal> declared = section.declaredScore().map(Score::normalized);
      Optional<BigDecimal> computed = computed(section);
      boolean scored = declared.isPresent();
      scores.add(
          new SectionScore(
              section,
              scored,
              declared,
              computed,
              scored ? declared : Optional.empty(),
              scored ? Optional.of(ScoreSource.DECLARED) : Optional.empty(),
              section.weight()));
      if (scored) {
        sum = sum.add(declared.get().multiply(section.weight()));
        weight = weight.add(section.weight());
      }
    }
    BigDecimal overall = sum.divide(weight, MathContext.DECIMAL128);
    return new Scorecard(scores, sum, weight, Optional.of(overall), false);
  }

  private static Optional<BigDecimal> computed(Section section) {
    var counts = section.counts();
    if (counts.countable() == 0) {
      return Optional.empty();
    }
    BigDecimal points =
        BigDecimal.valueOf(counts.done())
            .add(BigDecimal.valueOf(counts.partial()).divide(BigDecimal.valueOf(2)));
    return Optional.of(
        BigDecimal.TEN
            .multiply(points)
            .divide(BigDecimal.valueOf(counts.countable()), MathContext.DECIMAL128));
  }
}
