package io.github.reviewgate.scoring;

/**
 * The section score that counts: the one the section declares, the one its items give, or the lower
 * of the two.
 */
public enum ScoreSource {
  /** The declared score, falling back to the computed one when none is declared. */
  DECLARED,
  COMPUTED,
  /** The lower of the declared and computed scores. */
  LOWER
}
