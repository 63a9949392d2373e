package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Review;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a review expires: the earlier of review date + maxAgeDays and the next review date. The
 * review is still fresh on that day.
 *
 * @param date the last day the review is fresh
 * @param line the line of the date that decides it
 * @param reason how the date was found, such as "review date 2026-02-08 + 90 days"
 */
record Expiry(LocalDate date, int line, String reason) {

  static Optional<Expiry> of(Review review, int maxAgeDays) {
    if (review.reviewDate().isEmpty()) {
      return Optional.empty();
    }
    LocalDate reviewDate = review.reviewDate().get();
    LocalDate byAge = reviewDate.plusDays(maxAgeDays);
    String ageLimit = "review date " + reviewDate + " + " + Messages.days(maxAgeDays);
    Optional<LocalDate> next = review.nextReviewDate();
    int nextLine = review.signOff().nextReview().map(NextReview::line).orElse(0);

    if (next.isEmpty()) {
      return Optional.of(new Expiry(byAge, review.reviewDateLine(), ageLimit));
    }
    int order = next.get().compareTo(byAge);
    if (order < 0) {
      return Optional.of(
          new Expiry(
              next.get(),
              nextLine,
              "the next review date, earlier than review date + "
                  + Messages.days(maxAgeDays)
                  + " = "
                  + byAge));
    }
    if (order == 0) {
      return Optional.of(new Expiry(byAge, nextLine, "the next review date, and also " + ageLimit));
    }
    return Optional.of(
        new Expiry(
            byAge,
            review.reviewDateLine(),
            ageLimit + ", earlier than the next review date " + next.get()));
  }
}
