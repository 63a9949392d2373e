package io.github.reviewgate.model.read.markdown;

/** The meaning of a header or sign-off key, whatever language it is written in. */
public enum FieldKind {
  TITLE,
  SUBJECT,
  DATE,
  REVIEWER,
  STATUS,
  NEXT_REVIEW,
  /** A section's score: a key that is Score or ends with Score. */
  SCORE,
  /** The overall score: Average Score, Overall Score, Total Score and translations. */
  OVERALL_SCORE,
  /** A risk rating, where lower is better; never a quality score. */
  RISK,
  WEIGHT,
  CONDITIONS
}
