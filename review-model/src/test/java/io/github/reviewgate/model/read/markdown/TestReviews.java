package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import java.nio.file.Path;

/** Reads review text written in a test. */
final class TestReviews {

  static final SourceFile SOURCE = new SourceFile(Path.of("REVIEW.md"), ReviewFormat.MARKDOWN);

  private TestReviews() {}

  static Review read(String text) {
    return MarkdownReviewReader.read(text, SOURCE);
  }

  /** Joins lines with LF and ends the text with one. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
