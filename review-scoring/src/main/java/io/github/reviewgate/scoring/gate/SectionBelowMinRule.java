package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.Threshold;
import java.util.ArrayList;
import java.util.List;

/** {@code section-below-min}: a scored section is below minSectionScore. */
final class SectionBelowMinRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.SECTION_BELOW_MIN;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (context.policy().minSectionScore().isEmpty()) {
      return List.of();
    }
    Threshold minimum = context.policy().minSectionScore().get();
    List<Occurrence> found = new ArrayList<>();
    for (SectionScore score : context.scorecard().scored()) {
      if (score.score().isPresent() && !score.meets(minimum)) {
        found.add(occurrence(context, score, minimum));
      }
    }
    return found;
  }

  private static Occurrence occurrence(GateContext context, SectionScore score, Threshold minimum) {
    boolean declared = score.source().orElse(ScoreSource.DECLARED) == ScoreSource.DECLARED;
    int line =
        declared && score.section().scoreLine() > 0
            ? score.section().scoreLine()
            : score.section().line();
    String how = declared ? "declared" : "computed: " + Messages.checks(score.counts());
    String title = score.section().title();
    return Occurrence.about(
        title,
        context.at(line)
            + "section "
            + Messages.quote(title)
            + " scores "
            + Messages.number(score.score().get(), minimum.points())
            + " ("
            + how
            + "), but the minimum is "
            + Messages.threshold(minimum, "review.minSectionScore")
            + ". Complete the section's open items, or waive it with a reason.",
        line);
  }
}
