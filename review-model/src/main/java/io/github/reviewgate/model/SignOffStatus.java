package io.github.reviewgate.model;

/**
 * The status of a sign-off, ordered from the most to the least favourable, so that several statuses
 * combine into their maximum.
 */
public enum SignOffStatus {
  APPROVED,
  CONDITIONAL,
  PENDING,
  REJECTED;

  /** Returns the less favourable of this status and {@code other}. */
  public SignOffStatus leastFavourable(SignOffStatus other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
