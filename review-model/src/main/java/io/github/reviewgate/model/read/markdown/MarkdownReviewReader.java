package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SourceFile;
import java.util.List;
import java.util.Optional;

/** Reads reviews written in Markdown. Never throws for bad input: problems become notices. */
public final class MarkdownReviewReader {

  private MarkdownReviewReader() {}

  public static Review read(String text, SourceFile source) {
    // TODO: replace this placeholder with the commonmark-based reader.
    return new Review(
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        0,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        SignOff.NONE,
        Optional.empty(),
        0,
        Optional.empty(),
        source,
        List.of());
  }
}
