package io.github.reviewgate.model;

/** The status mark a section heading declares, such as ✅ or ⚠️. */
public enum SectionStatus {
  PASSED,
  WARNING,
  FAILED,
  NONE
}
