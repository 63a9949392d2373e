package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.Threshold;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code below-min-score}: the overall score is below minScore. */
final class BelowMinScoreRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.BELOW_MIN_SCORE;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    Scorecard scorecard = context.scorecard();
    Threshold minimum = context.policy().minScore();
    if (scorecard.overall().isEmpty() || scorecard.meets(minimum)) {
      return List.of();
    }

    BigDecimal overall = scorecard.overall().get();
    int line = scorecard.fromDeclaredOverall() ? context.review().overallScoreLine() : 0;
    String declared =
        scorecard.fromDeclaredOverall() ? " (as declared, since no section is scored)" : "";
    return List.of(
        Occurrence.of(
            context.at(line)
                + "overall score is "
                + Messages.number(overall, minimum.points())
                + declared
                + ", but the minimum is "
                + Messages.threshold(minimum, "review.minScore")
                + lowest(scorecard),
            line));
  }

  /** Returns a sentence naming the lowest scored section, to say where to start. */
  private static String lowest(Scorecard scorecard) {
    Optional<SectionScore> lowest =
        scorecard.scored().stream()
            .filter(score -> score.score().isPresent())
            .min(Comparator.comparing(score -> score.score().get()));
    return lowest
        .map(
            score ->
                ". The lowest scored section is "
                    + Messages.quote(score.section().title())
                    + " at "
                    + Messages.number(score.score().get())
                    + ".")
        .orElse(".");
  }
}
