package io.github.reviewgate.scoring.report;

import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.RuleIds;
import io.github.reviewgate.scoring.gate.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gate result with what every report derives from it: the file's name as reports show it and the
 * counts they print.
 *
 * @param result the gate result
 * @param baseDirectory the directory that report paths are relative to, if any
 */
record ReportInput(GateResult result, Optional<Path> baseDirectory) {

  ReportInput {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
  }

  /**
   * Returns the review file relative to the base directory when it lies inside it, else as the
   * caller gave it; always with {@code /} separators so that reports read alike on every system.
   */
  String displayPath() {
    return relativePath().orElse(result.file()).toString().replace('\\', '/');
  }

  /**
   * Returns the review file relative to the base directory, if one is given and contains the file.
   */
  Optional<Path> relativePath() {
    return baseDirectory.flatMap(
        base -> {
          Path file = base.resolve(result.file()).toAbsolutePath().normalize();
          Path root = base.toAbsolutePath().normalize();
          return file.startsWith(root) ? Optional.of(root.relativize(file)) : Optional.empty();
        });
  }

  /** Returns {@code file:line}, or the file alone when the line is 0. */
  String location(int line) {
    return line > 0 ? displayPath() + ":" + line : displayPath();
  }

  /** Returns the violation's message without the location that reports show beside it. */
  String detail(Violation violation) {
    return violation.detail(result.file());
  }

  Optional<Review> review() {
    return result.review();
  }

  /** Returns the open findings of {@code priority}, in document order. */
  List<Finding> openFindings(Priority priority) {
    return review().map(Review::findings).orElse(List.of()).stream()
        .filter(finding -> finding.isOpen() && finding.priority() == priority)
        .toList();
  }

  /** Returns the violations of the {@code overdue-action} rule, waived ones included. */
  List<Violation> overdueActions() {
    return result.violations().stream()
        .filter(violation -> violation.rule().equals(RuleIds.OVERDUE_ACTION))
        .toList();
  }

  int actionCount() {
    return review().map(review -> review.actions().size()).orElse(0);
  }
}
