package io.github.reviewgate.scoring.gate;

/** How much a violation matters: an error fails the build, a warning does not. */
public enum Severity {
  ERROR,
  WARNING,
  /** The rule is turned off. */
  OFF
}
