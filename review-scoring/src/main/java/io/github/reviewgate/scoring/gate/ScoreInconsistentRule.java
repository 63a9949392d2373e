package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code score-inconsistent}: a section declares a score more than 1 point above what its items
 * give, or the declared overall score differs from the computed one by more than 0.05.
 */
final class ScoreInconsistentRule implements GateRule {

  static final BigDecimal SECTION_MARGIN = BigDecimal.ONE;
  static final BigDecimal OVERALL_MARGIN = new BigDecimal("0.05");

  @Override
  public String id() {
    return RuleIds.SCORE_INCONSISTENT;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    List<Occurrence> found = new ArrayList<>();
    for (SectionScore score : context.scorecard().sections()) {
      if (score.declaredExceedsComputedBy(SECTION_MARGIN)) {
        found.add(section(context, score));
      }
    }
    overall(context).ifPresent(found::add);
    return found;
  }

  private static Occurrence section(GateContext context, SectionScore score) {
    int line =
        score.section().scoreLine() > 0 ? score.section().scoreLine() : score.section().line();
    String title = score.section().title();
    BigDecimal declared = score.declared().orElseThrow();
    BigDecimal computed = score.computed().orElseThrow();
    return Occurrence.about(
        title,
        context.at(line)
            + "section "
            + Messages.quote(title)
            + " declares "
            + Messages.number(declared)
            + " but "
            + Messages.checks(score.counts())
            + " items, which gives "
            + Messages.number(computed, declared)
            + ", more than 1 point lower. Correct the declared score, or tick the items that are"
            + " done.",
        line);
  }

  private static Optional<Occurrence> overall(GateContext context) {
    Review review = context.review();
    Scorecard scorecard = context.scorecard();
    if (review.overallScore().isEmpty() || scorecard.overall().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal declared = review.overallScore().get().normalized();
    if (!scorecard.differsFrom(declared, OVERALL_MARGIN)) {
      return Optional.empty();
    }
    int line = review.overallScoreLine();
    int sections = scorecard.scored().size();
    return Optional.of(
        Occurrence.of(
            context.at(line)
                + "the declared overall score "
                + Messages.number(declared)
                + " differs from the computed "
                + Messages.number(scorecard.overall().get(), declared)
                + " (the weighted mean of "
                + sections
                + (sections == 1 ? " scored section" : " scored sections")
                + ") by more than 0.05. Correct the declared overall score.",
            line));
  }
}
