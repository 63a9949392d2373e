package io.github.reviewgate.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The file a review was read from.
 *
 * @param path the path as the caller gave it, used in messages
 * @param format the format the file was read as
 */
public record SourceFile(Path path, ReviewFormat format) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }
}
