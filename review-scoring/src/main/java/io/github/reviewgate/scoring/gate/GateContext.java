package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.Scorecard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The inputs every rule inspects.
 *
 * @param file the review file as the caller gave it, named in messages
 * @param review the review read from it
 * @param scorecard its scores under the policy
 * @param asOf the evaluation date
 * @param policy the policy
 * @param expiry when the review expires, if it has a date
 */
record GateContext(
    Path file,
    Review review,
    Scorecard scorecard,
    LocalDate asOf,
    GatePolicy policy,
    Optional<Expiry> expiry) {

  /** Returns the message prefix naming the file and, when known, the line. */
  String at(int line) {
    return Messages.prefix(file, line);
  }
}
