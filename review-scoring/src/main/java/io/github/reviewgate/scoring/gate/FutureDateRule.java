package io.github.reviewgate.scoring.gate;

import java.time.LocalDate;
import java.util.List;

/** {@code future-date}: the review date is after the evaluation date. */
final class FutureDateRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.FUTURE_DATE;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    LocalDate asOf = context.asOf();
    return context.review().reviewDate().filter(date -> date.isAfter(asOf)).stream()
        .map(
            date -> {
              int line = context.review().reviewDateLine();
              return Occurrence.of(
                  context.at(line)
                      + "the review date "
                      + date
                      + " is after the evaluation date "
                      + asOf
                      + ". Correct the review date.",
                  line);
            })
        .toList();
  }
}
