package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.Scorecard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate decided about one review file.
 *
 * @param file the review file
 * @param asOf the evaluation date
 * @param policy the policy applied
 * @param verdict the verdict
 * @param review the review, when the file could be read
 * @param scorecard its scores, when the file could be read
 * @param expires the date the review expires: the earlier of review date + maxAgeDays and the next
 *     review date; empty when the review has no date
 * @param violations every violation, waived ones included, errors first, each group in line order
 *     except that overdue actions are listed oldest first
 */
public record GateResult(
    Path file,
    LocalDate asOf,
    GatePolicy policy,
    Verdict verdict,
    Optional<Review> review,
    Optional<Scorecard> scorecard,
    Optional<LocalDate> expires,
    List<Violation> violations) {

  public GateResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(expires, "expires");
    violations = List.copyOf(violations);
  }

  /**
   * Returns whether {@code violation} is an error that is reported as a warning because the
   * policy's {@code failOnError} is false; its message is unchanged.
   */
  public boolean isDemotedError(Violation violation) {
    return !policy.failOnError()
        && violation.severity() == Severity.WARNING
        && policy.severityOf(violation.rule()) == Severity.ERROR;
  }

  /** Returns the violations of {@code severity} that no waiver accepts. */
  public List<Violation> unwaived(Severity severity) {
    return violations.stream()
        .filter(violation -> violation.severity() == severity && !violation.isWaived())
        .toList();
  }
}
