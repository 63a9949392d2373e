package io.github.reviewgate.scoring.gate;

import java.util.List;

/** {@code no-score}: no section has a score and no overall score is declared. */
final class NoScoreRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.NO_SCORE;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (context.scorecard().overall().isPresent()) {
      return List.of();
    }
    return List.of(
        Occurrence.of(
            context.at(0)
                + "the review has no score: no section declares a score or has checklist items"
                + " that count, and no overall score is declared. Add checklist items or a"
                + " score, such as \"Score: 8/10\", to each section.",
            0));
  }
}
