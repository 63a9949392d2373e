package io.github.reviewgate.model.read;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.markdown.MarkdownReviewReader;
import io.github.reviewgate.model.read.structured.StructuredReviewReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a review file of any supported format into a {@link Review}. The format follows from the
 * file name: {@code .yaml} and {@code .yml} are YAML, {@code .json} is JSON, anything else is
 * Markdown.
 */
public final class ReviewReader {

  /** The default size cap: 5 MiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

  private final long maxFileSize;

  /** Built on the first YAML or JSON file, because Markdown-only callers never need it. */
  private volatile StructuredReviewReader structured;

  private ReviewReader(long maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  /** Creates a reader with the default size cap. */
  public static ReviewReader create() {
    return new ReviewReader(DEFAULT_MAX_FILE_SIZE);
  }

  /** Returns a reader that rejects files larger than {@code bytes}. */
  public ReviewReader withMaxFileSize(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + bytes);
    }
    return new ReviewReader(bytes);
  }

  /** Returns the size cap in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /** Returns the format a file of this name is read as. */
  public static ReviewFormat formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return ReviewFormat.YAML;
    }
    if (name.endsWith(".json")) {
      return ReviewFormat.JSON;
    }
    return ReviewFormat.MARKDOWN;
  }

  /**
   * Reads a review file.
   *
   * @throws ReviewReadException when the file cannot be read, is over the size cap, is UTF-16 or
   *     binary rather than UTF-8 text, or is not valid YAML or JSON
   */
  public Review read(Path file) throws ReviewReadException {
    byte[] content;
    try {
      // The size is checked first so that an oversized file is never read into memory.
      requireWithinCap(file, Files.size(file));
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReviewReadException(file, 0, "cannot read the file: " + e.getMessage(), e);
    }
    return read(content, new SourceFile(file, formatOf(file)));
  }

  /**
   * Reads review content that came from {@code source}. Whatever the content, the only exception
   * this throws is {@link ReviewReadException}.
   *
   * @throws ReviewReadException when the content is over the size cap, is UTF-16 or binary rather
   *     than UTF-8 text, or is not valid YAML or JSON
   */
  public Review read(byte[] content, SourceFile source) throws ReviewReadException {
    requireWithinCap(source.path(), content.length);
    return guarded(source, () -> readFormat(content, source));
  }

  private void requireWithinCap(Path file, long size) throws ReviewReadException {
    if (size > maxFileSize) {
      throw new ReviewReadException(
          file,
          0,
          "the file is "
              + size
              + " bytes, over the limit of "
              + maxFileSize
              + " bytes; split the review or raise review.maxFileSize");
    }
  }

  /** One read of one file, as {@link #guarded} runs it. */
  @FunctionalInterface
  interface FormatRead {
    Review read() throws ReviewReadException;
  }

  /** Runs {@code read}, turning any unexpected failure into a {@link ReviewReadException}. */
  static Review guarded(SourceFile source, FormatRead read) throws ReviewReadException {
    try {
      return read.read();
    } catch (RuntimeException | StackOverflowError e) {
      // NOTE: review files are untrusted input, so a bug in a format reader must not crash a
      // build with a stack trace. Every failure caught here is a reader bug.
      throw new ReviewReadException(
          source.path(),
          0,
          "the "
              + source.format().name().toLowerCase(Locale.ROOT)
              + " reader failed on this file ("
              + e
              + "); please report this to the reviewgate project with the file attached",
          e);
    }
  }

  private Review readFormat(byte[] content, SourceFile source) throws ReviewReadException {
    // Decoding first rejects UTF-16 and binary files in every format, with one message.
    Utf8Text text = Utf8Text.decode(content, source.path());
    return switch (source.format()) {
      case MARKDOWN -> MarkdownReviewReader.read(text, source);
      case YAML, JSON -> structured().parse(content, source);
    };
  }

  private StructuredReviewReader structured() {
    StructuredReviewReader reader = structured;
    // Two threads may each build one; they are equal, so the race costs only the time.
    if (reader == null) {
      reader = StructuredReviewReader.withMaxFileSize(maxFileSize);
      structured = reader;
    }
    return reader;
  }
}
