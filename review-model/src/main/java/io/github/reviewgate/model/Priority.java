package io.github.reviewgate.model;

/** The priority of a finding, most urgent first. */
public enum Priority {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  /** Returns whether this priority is as urgent as {@code other} or more. */
  public boolean isAtLeast(Priority other) {
    return compareTo(other) <= 0;
  }
}
