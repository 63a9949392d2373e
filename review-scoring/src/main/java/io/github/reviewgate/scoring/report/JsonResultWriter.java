package io.github.reviewgate.scoring.report;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code review-result.json}: the verdict, the score and how it was computed, the dates, the
 * sections, the open findings, the actions and every violation, in a fixed field order.
 */
final class JsonResultWriter implements ReportWriter {

  private final JsonText json = new JsonText();

  @Override
  public String render(ReportInput input) {
    GateResult result = input.result();
    Optional<Review> review = input.review();
    Optional<Scorecard> scorecard = result.scorecard();
    ObjectNode root = json.object();

    root.put("verdict", result.verdict().name());
    root.put("score", scorecard.flatMap(Scorecard::overall).map(Decimals::rounded).orElse(null));
    root.put("minScore", Decimals.rounded(result.policy().minScore().points()));
    root.put("asOf", result.asOf().toString());
    root.put("file", input.displayPath());
    root.put("title", review.flatMap(Review::title).orElse(null));

    root.put("reviewDate", isoDate(review.flatMap(Review::reviewDate)));
    root.put("nextReview", isoDate(review.flatMap(Review::nextReviewDate)));
    root.put("expires", isoDate(result.expires()));
    root.put("signOff", review.flatMap(this::signOffStatus).orElse(null));

    root.set("sections", sections(scorecard));
    root.set("findings", findings(input));
    root.set("actions", actions(input));
    root.set("violations", violations(result));
    root.set("explanation", explanation(scorecard));
    return json.write(root);
  }

  private Optional<String> signOffStatus(Review review) {
    SignOff signOff = review.signOff();
    return signOff.status().map(status -> status.name().toLowerCase(Locale.ROOT));
  }

  private ArrayNode sections(Optional<Scorecard> scorecard) {
    ArrayNode sections = json.object().arrayNode();
    for (SectionScore section : scorecard.map(Scorecard::sections).orElse(java.util.List.of())) {
      ItemCounts counts = section.section().counts();
      ObjectNode node = sections.addObject();
      node.put("title", section.section().title());
      node.put("line", section.section().line());
      node.put("scored", section.scored());
      node.put("score", section.score().map(Decimals::rounded).orElse(null));
      node.put("declaredScore", section.declared().map(Decimals::rounded).orElse(null));
      node.put("computedScore", section.computed().map(Decimals::rounded).orElse(null));
      node.put("source", section.source().map(ReportText::lowerCase).orElse(null));
      node.put("weight", Decimals.exact(section.weight()));
      node.put("done", counts.done());
      node.put("notDone", counts.notDone());
      node.put("partial", counts.partial());
      node.put("notApplicable", counts.notApplicable());
    }
    return sections;
  }

  private ObjectNode findings(ReportInput input) {
    ObjectNode findings = json.object();
    for (Priority priority : Priority.values()) {
      findings.put(ReportText.lowerCase(priority), input.openFindings(priority).size());
    }
    return findings;
  }

  private ObjectNode actions(ReportInput input) {
    ObjectNode actions = json.object();
    actions.put("total", input.actionCount());
    actions.put("overdue", input.overdueActions().size());
    return actions;
  }

  private ArrayNode violations(GateResult result) {
    ArrayNode violations = json.object().arrayNode();
    for (Violation violation : result.violations()) {
      ObjectNode node = violations.addObject();
      node.put("rule", violation.rule());
      node.put("severity", ReportText.lowerCase(violation.severity()));
      node.put("message", violation.message());
      if (violation.line() > 0) {
        node.put("line", violation.line());
      } else {
        node.putNull("line");
      }
      node.put("waived", violation.waiver().orElse(null));
    }
    return violations;
  }

  /**
   * Returns how the overall score was computed, with exact figures so that a reader can recompute
   * it: the weighted sum divided by the total weight, or the declared overall score.
   */
  private ObjectNode explanation(Optional<Scorecard> scorecard) {
    ObjectNode explanation = json.object();
    explanation.put("method", ScoreExplanation.method(scorecard));
    explanation.put(
        "weightedSum", scorecard.map(card -> Decimals.exact(card.weightedSum())).orElse(null));
    explanation.put(
        "totalWeight", scorecard.map(card -> Decimals.exact(card.totalWeight())).orElse(null));
    explanation.put(
        "score", scorecard.flatMap(Scorecard::overall).map(Decimals::exact).orElse(null));

    ArrayNode sections = explanation.putArray("sections");
    for (SectionScore section : ScoreExplanation.counted(scorecard)) {
      BigDecimal score = section.score().orElseThrow();
      ObjectNode node = sections.addObject();
      node.put("title", section.section().title());
      node.put("score", Decimals.exact(score));
      node.put("source", section.source().map(ReportText::lowerCase).orElse(null));
      node.put("weight", Decimals.exact(section.weight()));
    }
    return explanation;
  }

  private static String isoDate(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(null);
  }
}
