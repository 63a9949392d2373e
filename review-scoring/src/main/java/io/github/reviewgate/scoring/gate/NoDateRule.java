package io.github.reviewgate.scoring.gate;

import java.util.List;

/** {@code no-date}: neither a sign-off date nor a header date is found. */
final class NoDateRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.NO_DATE;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (context.review().reviewDate().isPresent()) {
      return List.of();
    }
    return List.of(
        Occurrence.of(
            context.at(0)
                + "the review has no date: neither a sign-off date nor a header date was found."
                + " Add the date of the review, in a form such as 2026-02-08.",
            0));
  }
}
