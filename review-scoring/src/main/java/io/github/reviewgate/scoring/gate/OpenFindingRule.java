package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.Priority;
import java.util.List;
import java.util.Locale;

/** {@code open-finding}: an open finding at or above failOnPriority. */
final class OpenFindingRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.OPEN_FINDING;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (context.policy().failOnPriority().isEmpty()) {
      return List.of();
    }
    Priority limit = context.policy().failOnPriority().get();
    return context.review().findings().stream()
        .filter(finding -> finding.isOpen() && finding.priority().isAtLeast(limit))
        .map(finding -> occurrence(context, finding, limit))
        .toList();
  }

  private static Occurrence occurrence(GateContext context, Finding finding, Priority limit) {
    return Occurrence.about(
        finding.title(),
        context.at(finding.line())
            + name(finding.priority())
            + " finding "
            + Messages.quote(finding.title())
            + " is open, and open findings of "
            + name(limit)
            + " priority or above fail the gate (set by review.failOnPriority). Resolve it, or"
            + " mark it accepted with a reason.",
        finding.line());
  }

  static String name(Priority priority) {
    return priority.name().toLowerCase(Locale.ROOT);
  }
}
