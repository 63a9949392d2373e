package io.github.reviewgate.scoring.gate;

/** The gate's verdict: pass, pass with warnings, or fail. */
public enum Verdict {
  PASS,
  WARN,
  FAIL
}
