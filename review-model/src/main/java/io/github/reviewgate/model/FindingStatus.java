package io.github.reviewgate.model;

/** Whether a finding still needs work. */
public enum FindingStatus {
  OPEN,
  RESOLVED,
  /** The risk was accepted as it is. */
  ACCEPTED
}
