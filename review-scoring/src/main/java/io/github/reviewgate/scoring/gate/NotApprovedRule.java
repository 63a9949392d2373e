package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.SignOffStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code not-approved}: the sign-off is rejected, pending or missing while approval is required.
 */
final class NotApprovedRule implements GateRule {

  @Override
  public String id() {
    return RuleIds.NOT_APPROVED;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    if (!context.policy().requireApproval()) {
      return List.of();
    }
    Optional<SignOffStatus> status = status(context);
    if (status.isPresent()
        && (status.get() == SignOffStatus.APPROVED || status.get() == SignOffStatus.CONDITIONAL)) {
      return List.of();
    }

    if (status.isEmpty()) {
      return List.of(
          Occurrence.of(
              context.at(0)
                  + "the review states no sign-off status, but it must be approved (set by"
                  + " review.requireApproval). Record the approval, such as \"Status:"
                  + " Approved\", once the review is approved.",
              0));
    }
    int line = context.review().signOff().statusLine();
    return List.of(
        Occurrence.of(
            context.at(line)
                + "the sign-off status is "
                + status.get().name().toLowerCase(Locale.ROOT)
                + ", but the review must be approved (set by review.requireApproval). Get the"
                + " review approved, or set review.requireApproval to false.",
            line));
  }

  /** Returns the sign-off's status, else the status the header states. */
  static Optional<SignOffStatus> status(GateContext context) {
    return context.review().signOff().status().or(() -> context.review().status());
  }
}
