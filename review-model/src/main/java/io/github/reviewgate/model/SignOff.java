package io.github.reviewgate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review's sign-off: the sign-off part when there is one, else the header's status and date.
 *
 * @param status the least favourable status stated in the sign-off part, if any
 * @param statusLine the 1-based line of the status that governs, or 0 when there is none
 * @param reviewers the reviewers or approvers named
 * @param date the latest date stated in the sign-off part, if any
 * @param dateLine the 1-based line of that date, or 0 when there is none
 * @param nextReview when the review must be reviewed again, if it states a next review
 * @param conditions conditions attached to the approval
 */
public record SignOff(
    Optional<SignOffStatus> status,
    int statusLine,
    List<String> reviewers,
    Optional<LocalDate> date,
    int dateLine,
    Optional<NextReview> nextReview,
    List<String> conditions) {

  public static final SignOff NONE =
      new SignOff(Optional.empty(), 0, List.of(), Optional.empty(), 0, Optional.empty(), List.of());

  public SignOff {
    Objects.requireNonNull(status, "status");
    reviewers = List.copyOf(reviewers);
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nextReview, "nextReview");
    conditions = List.copyOf(conditions);
  }
}
