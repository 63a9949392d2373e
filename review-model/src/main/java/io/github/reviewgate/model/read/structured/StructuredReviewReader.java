package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;

/** Reads reviews written in YAML or JSON. */
public final class StructuredReviewReader {

  private StructuredReviewReader() {}

  /**
   * Reads YAML or JSON content, as {@code source.format()} says.
   *
   * @throws ReviewReadException when the content is not valid YAML or JSON, has unknown fields,
   *     duplicate keys or values of the wrong type
   */
  public static Review read(byte[] content, SourceFile source) throws ReviewReadException {
    // TODO: replace this placeholder with the Jackson reader.
    throw new ReviewReadException(source.path(), 0, "YAML and JSON reviews are not supported yet");
  }
}
