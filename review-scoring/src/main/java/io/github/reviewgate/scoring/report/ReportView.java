package io.github.reviewgate.scoring.report;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values the HTML and Markdown templates show, as maps of preformatted text, so that templates
 * never format numbers or dates themselves. An absent value is {@code null} and renders as the
 * renderer's placeholder.
 */
final class ReportView {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReportView() {}

  static Map<String, Object> of(ReportInput input) {
    GateResult result = input.result();
    Optional<Review> review = input.review();
    Optional<Scorecard> scorecard = result.scorecard();
    Map<String, Object> view = new HashMap<>();

    view.put("verdict", result.verdict().name());
    view.put("verdictClass", ReportText.lowerCase(result.verdict()));
    view.put("file", input.displayPath());
    view.put("asOf", result.asOf().toString());
    view.put("readable", review.isPresent());
    view.put("title", review.flatMap(Review::title).orElse(null));
    view.put("reviewDate", date(review.flatMap(Review::reviewDate)));
    view.put("nextReview", date(review.flatMap(Review::nextReviewDate)));
    view.put(
        "nextReviewText",
        review.flatMap(r -> r.signOff().nextReview()).map(NextReview::text).orElse(null));
    view.put("expires", date(result.expires()));
    view.put(
        "expired", result.expires().map(expiry -> result.asOf().isAfter(expiry)).orElse(false));
    view.put(
        "signOff",
        review.flatMap(r -> r.signOff().status()).map(ReportText::lowerCase).orElse(null));

    putScore(view, result, scorecard);
    view.put("sections", sections(input));
    view.put("findings", findings(input));
    view.put("openFindings", countOpen(input));
    view.put("actionCount", input.actionCount());
    view.put("overdueActions", overdueActions(input));
    view.put("violations", violations(input));
    view.put("errorCount", result.unwaived(Severity.ERROR).size());
    view.put("warningCount", result.unwaived(Severity.WARNING).size());
    view.put("waivedCount", result.violations().stream().filter(Violation::isWaived).count());
    view.put("violationCounts", violationCounts(result));
    view.put("verdictSummary", verdictSummary(result));
    return view;
  }

  /**
   * Returns the verdict in a few words for the page's header: which rules fail the gate, or that it
   * passes, with the counts.
   */
  private static String verdictSummary(GateResult result) {
    String counts = violationCounts(result);
    return switch (result.verdict()) {
      case FAIL -> {
        List<String> rules =
            result.unwaived(Severity.ERROR).stream().map(Violation::rule).distinct().toList();
        yield "Fails on " + String.join(", ", rules) + ": " + counts;
      }
      case WARN -> "Passes with warnings: " + counts;
      case PASS -> "Passes: " + counts;
    };
  }

  /** Returns the count of each kind of violation, such as "1 error, 2 warnings, 1 waived". */
  private static String violationCounts(GateResult result) {
    long waived = result.violations().stream().filter(Violation::isWaived).count();
    String counts =
        count(result.unwaived(Severity.ERROR).size(), "error")
            + ", "
            + count(result.unwaived(Severity.WARNING).size(), "warning");
    return waived > 0 ? counts + ", " + waived + " waived" : counts;
  }

  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static void putScore(
      Map<String, Object> view, GateResult result, Optional<Scorecard> scorecard) {
    BigDecimal minimum = result.policy().minScore().points();
    Optional<BigDecimal> overall = scorecard.flatMap(Scorecard::overall);

    view.put("score", overall.map(score -> scoreText(score, minimum)).orElse(null));
    view.put("minScore", Decimals.text(minimum));
    view.put(
        "scoreMet", scorecard.map(card -> card.meets(result.policy().minScore())).orElse(false));
    view.put("scoreWidth", overall.map(ReportView::width).orElse("0"));
    view.put("minWidth", width(minimum));

    view.put("method", ScoreExplanation.method(scorecard));
    view.put("weightedSum", scorecard.map(card -> Decimals.text(card.weightedSum())).orElse(null));
    view.put("totalWeight", scorecard.map(card -> Decimals.text(card.totalWeight())).orElse(null));
    List<Map<String, Object>> terms = new ArrayList<>();
    for (SectionScore section : ScoreExplanation.counted(scorecard)) {
      BigDecimal score = section.score().orElseThrow();
      Map<String, Object> term = new HashMap<>();
      term.put("title", section.section().title());
      term.put("score", Decimals.text(score));
      term.put("source", section.source().map(ReportText::lowerCase).orElse(null));
      term.put("weight", Decimals.text(section.weight()));
      term.put("weighted", Decimals.text(score.multiply(section.weight())));
      terms.add(term);
    }
    view.put("terms", terms);
  }

  private static List<Map<String, Object>> sections(ReportInput input) {
    Optional<Scorecard> scorecard = input.result().scorecard();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SectionScore section : scorecard.map(Scorecard::sections).orElse(List.of())) {
      ItemCounts counts = section.section().counts();
      Map<String, Object> row = new HashMap<>();
      row.put("title", section.section().title());
      row.put("line", section.section().line());
      row.put("scored", section.scored());
      row.put("score", section.score().map(Decimals::text).orElse(null));
      row.put("declared", section.declared().map(Decimals::text).orElse(null));
      row.put("computed", section.computed().map(Decimals::text).orElse(null));
      row.put("source", section.source().map(ReportText::lowerCase).orElse(null));
      row.put("weight", Decimals.text(section.weight()));
      row.put("done", counts.done());
      row.put("notDone", counts.notDone());
      row.put("partial", counts.partial());
      row.put("notApplicable", counts.notApplicable());
      row.put("countable", counts.countable());
      row.put("doneWidth", Decimals.percent(counts.done(), counts.countable()));
      row.put("partialWidth", Decimals.percent(counts.partial(), counts.countable()));
      row.put("openItems", openItems(section.section().items(), input));
      rows.add(row);
    }
    return rows;
  }

  /** Returns the items, sub-items included, that are not done or only partly done. */
  private static List<Map<String, Object>> openItems(List<ChecklistItem> items, ReportInput input) {
    List<Map<String, Object>> open = new ArrayList<>();
    for (ChecklistItem item : items) {
      if (item.state() == ItemState.NOT_DONE || item.state() == ItemState.PARTIAL) {
        Map<String, Object> row = new HashMap<>();
        row.put("label", item.label().orElse(null));
        row.put("text", item.text());
        row.put("partial", item.state() == ItemState.PARTIAL);
        row.put("location", input.location(item.line()));
        row.put("line", item.line());
        open.add(row);
      }
      open.addAll(openItems(item.subItems(), input));
    }
    return open;
  }

  private static List<Map<String, Object>> findings(ReportInput input) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Priority priority : Priority.values()) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Finding finding : input.openFindings(priority)) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", finding.title());
        item.put("location", input.location(finding.line()));
        item.put("line", finding.line());
        item.put("due", date(finding.due()));
        items.add(item);
      }
      Map<String, Object> group = new HashMap<>();
      group.put("priority", ReportText.lowerCase(priority));
      group.put("count", items.size());
      group.put("items", items);
      groups.add(group);
    }
    return groups;
  }

  private static int countOpen(ReportInput input) {
    int open = 0;
    for (Priority priority : Priority.values()) {
      open += input.openFindings(priority).size();
    }
    return open;
  }

  /**
   * Returns one row per {@code overdue-action} violation, with the action's text and due date when
   * an action sits on the violation's line, else the violation's message without its location.
   */
  private static List<Map<String, Object>> overdueActions(ReportInput input) {
    List<ActionItem> actions = input.review().map(Review::actions).orElse(List.of());
    Optional<LocalDate> reviewDate = input.review().flatMap(Review::reviewDate);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Violation violation : input.overdueActions()) {
      Optional<ActionItem> action =
          actions.stream()
              .filter(item -> item.line() == violation.line() && item.line() > 0)
              .findFirst();
      Map<String, Object> row = new HashMap<>();
      row.put("text", action.map(ActionItem::text).orElse(input.detail(violation)));
      row.put("due", date(action.flatMap(item -> item.dueAfter(reviewDate))));
      row.put("location", input.location(violation.line()));
      row.put("line", violation.line());
      row.put("waived", violation.waiver().orElse(null));
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, Object>> violations(ReportInput input) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Violation violation : input.result().violations()) {
      Map<String, Object> row = new HashMap<>();
      row.put("rule", violation.rule());
      row.put("severity", ReportText.lowerCase(violation.severity()));
      row.put("line", violation.line());
      row.put("location", input.location(violation.line()));
      row.put("message", input.detail(violation));
      row.put("waived", violation.waiver().orElse(null));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Returns the score rounded as in the JSON result, or exact where rounding would make it look
   * equal to the minimum that it misses or exceeds.
   */
  private static String scoreText(BigDecimal score, BigDecimal minimum) {
    boolean looksEqual = Decimals.rounded(score).compareTo(Decimals.rounded(minimum)) == 0;
    if (looksEqual && score.compareTo(minimum) != 0) {
      return Decimals.exact(score).toPlainString();
    }
    return Decimals.text(score);
  }

  /** Returns a score out of 10 as a bar width in percent, kept within 0 to 100. */
  private static String width(BigDecimal score) {
    BigDecimal percent = score.multiply(TEN).max(BigDecimal.ZERO).min(HUNDRED);
    return Decimals.exact(percent.setScale(1, java.math.RoundingMode.HALF_EVEN)).toPlainString();
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(null);
  }
}
