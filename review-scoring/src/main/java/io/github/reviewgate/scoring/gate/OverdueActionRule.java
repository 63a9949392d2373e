package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.ActionItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code overdue-action}: an action item is not done and its due date has passed. */
final class OverdueActionRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.OVERDUE_ACTION;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    Optional<LocalDate> reviewDate = context.review().reviewDate();
    List<Overdue> overdue = new ArrayList<>();
    for (ActionItem action : context.review().actions()) {
      Optional<LocalDate> due = action.dueAfter(reviewDate);
      if (!action.done() && due.isPresent() && context.asOf().isAfter(due.get())) {
        overdue.add(new Overdue(action, due.get()));
      }
    }
    overdue.sort(
        Comparator.comparing(Overdue::due).thenComparingInt(entry -> entry.action().line()));
    return overdue.stream().map(entry -> occurrence(context, entry)).toList();
  }

  private static Occurrence occurrence(GateContext context, Overdue entry) {
    ActionItem action = entry.action();
    long late = ChronoUnit.DAYS.between(entry.due(), context.asOf());
    String window =
        action.dueDate().isEmpty() && action.withinDays().isPresent()
            ? " (review date + " + Messages.days(action.withinDays().get()) + ")"
            : "";
    return Occurrence.about(
        action.text(),
        context.at(action.line())
            + "action "
            + Messages.quote(action.text())
            + " is "
            + Messages.days(late)
            + " overdue: it was due on "
            + entry.due()
            + window
            + " and is not done. Do it and tick it, or move its due date with a reason.",
        action.line());
  }

  private record Overdue(ActionItem action, LocalDate due) {}
}
