package io.github.reviewgate.model.read.markdown;

/** The parts of a review a heading can open, whatever language it is written in. */
public enum Part {
  FINDINGS,
  SIGN_OFF,
  APPROVAL,
  ACTIONS
}
