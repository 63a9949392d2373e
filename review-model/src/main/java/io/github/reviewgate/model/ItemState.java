package io.github.reviewgate.model;

/** The state of one checklist item. */
public enum ItemState {
  DONE,
  NOT_DONE,
  PARTIAL,
  /** Not applicable: the item does not count towards a score. */
  NOT_APPLICABLE
}
