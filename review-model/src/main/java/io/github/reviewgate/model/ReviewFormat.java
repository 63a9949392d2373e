package io.github.reviewgate.model;

/** The file formats a review can be written in. */
public enum ReviewFormat {
  MARKDOWN,
  YAML,
  JSON
}
