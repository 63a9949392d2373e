package io.github.reviewgate.scoring.gate;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code expiring-soon}: the review is fresh but expires within warnDays days. */
final class ExpiringSoonRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.EXPIRING_SOON;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (context.expiry().isEmpty() || StaleRule.isStale(context)) {
      return List.of();
    }
    Expiry expiry = context.expiry().get();
    long left = ChronoUnit.DAYS.between(context.asOf(), expiry.date());
    int warnDays = context.policy().warnDays();
    if (left > warnDays) {
      return List.of();
    }

    String when =
        left == 0
            ? ", so " + context.asOf() + " is its last day"
            : ", " + Messages.days(left) + " after " + context.asOf();
    return List.of(
        Occurrence.of(
            context.at(expiry.line())
                + "the review expires on "
                + expiry.date()
                + " ("
                + expiry.reason()
                + ")"
                + when
                + ", within the "
                + warnDays
                + "-day warning period (set by review.warnDays). Review it again before it"
                + " expires.",
            expiry.line()));
  }
}
