package io.github.reviewgate.scoring;

/** Which score of a section counts: the one it declares, the one its items give, or the lower. */
public enum ScoreSource {
  /** The declared score, falling back to the computed one when none is declared. */
  DECLARED,
  COMPUTED,
  /** The lower of the declared and computed scores. */
  LOWER
}
