package io.github.reviewgate.scoring.gate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code stale}: the evaluation date is after the expiry date. */
final class StaleRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.STALE;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (!isStale(context)) {
      return List.of();
    }
    Expiry expiry = context.expiry().get();
    LocalDate asOf = context.asOf();
    LocalDate reviewDate = context.review().reviewDate().orElseThrow();
    long late = ChronoUnit.DAYS.between(expiry.date(), asOf);
    long age = ChronoUnit.DAYS.between(reviewDate, asOf);
    return List.of(
        Occurrence.of(
            context.at(expiry.line())
                + "the review expired on "
                + expiry.date()
                + " ("
                + expiry.reason()
                + "), "
                + Messages.days(late)
                + " before "
                + asOf
                + "; the review is "
                + Messages.days(age)
                + " old. Review it again and update its date.",
            expiry.line()));
  }

  static boolean isStale(GateContext context) {
    return context.expiry().map(expiry -> context.asOf().isAfter(expiry.date())).orElse(false);
  }
}
