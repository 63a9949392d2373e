package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.SignOffStatus;
import java.util.List;

/** {@code conditional-approval}: the sign-off approves with conditions. */
final class ConditionalApprovalRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.CONDITIONAL_APPROVAL;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (NotApprovedRule.status(context).orElse(null) != SignOffStatus.CONDITIONAL) {
      return List.of();
    }
    int line = context.review().signOff().statusLine();
    int conditions = context.review().signOff().conditions().size();
    String listed =
        conditions == 0
            ? ""
            : " (" + conditions + (conditions == 1 ? " condition" : " conditions") + " listed)";
    return List.of(
        Occurrence.of(
            context.at(line)
                + "the review is approved with conditions"
                + listed
                + ". Meet them, then record an unconditional approval.",
            line));
  }
}
