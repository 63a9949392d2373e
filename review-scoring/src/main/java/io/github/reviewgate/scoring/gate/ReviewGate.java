package io.github.reviewgate.scoring.gate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Judges a review file under a policy on a given date. Never reads the clock. */
public final class ReviewGate {

  private final GatePolicy policy;

  public ReviewGate(GatePolicy policy) {
    this.policy = policy;
  }

  /**
   * Reads and judges {@code file} as of {@code asOf}; a missing or unreadable file is a violation.
   */
  public GateResult evaluate(Path file, LocalDate asOf) {
    // TODO: placeholder; the rules replace it.
    return new GateResult(
        file,
        asOf,
        policy,
        Verdict.PASS,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }
}
