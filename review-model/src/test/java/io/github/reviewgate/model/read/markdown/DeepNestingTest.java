package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads inputs nested far deeper than any review, which must not overflow the stack. */
class DeepNestingTest {

  private static final SourceFile SOURCE =
      new SourceFile(Path.of("deep.md"), ReviewFormat.MARKDOWN);
  private static final int LEVELS = 10_000;

  @Test
  void nestedLists() {
    String text = "# Deep\n\n## Checks\n\n" + "- ".repeat(LEVELS) + "[x] deepest\n";

    Review review = MarkdownReviewReader.read(text, SOURCE);

    assertThat(review.title()).contains("Deep");
  }

  @Test
  void nestedOrderedLists() {
    String text = "# Deep\n\n## Checks\n\n" + "1. ".repeat(LEVELS) + "[ ] deepest\n";

    Review review = MarkdownReviewReader.read(text, SOURCE);

    assertThat(review.title()).contains("Deep");
  }

  @Test
  void nestedBlockquotes() {
    String text = "# Deep\n\n" + ">".repeat(LEVELS) + " **Reviewer**: Platform Lead\n";

    Review review = MarkdownReviewReader.read(text, SOURCE);

    assertThat(review.title()).contains("Deep");
  }

  @Test
  void nestedEmphasis() {
    String text = "# Deep\n\n" + "*a ".repeat(LEVELS) + "b" + " a*".repeat(LEVELS) + "\n";

    Review review = MarkdownReviewReader.read(text, SOURCE);

    assertThat(review.title()).contains("Deep");
  }

  @Test
  void deepSubItemsStillCount() {
    int levels = 40;
    StringBuilder text = new StringBuilder("# Deep\n\n## Checks\n\n");
    for (int level = 0; level < levels; level++) {
      text.append("  ".repeat(level)).append("- [x] level ").append(level).append('\n');
    }

    Review review = MarkdownReviewReader.read(text.toString(), SOURCE);

    assertThat(review.sections()).hasSize(1);
    assertThat(review.sections().get(0).counts().done()).isEqualTo(levels);
    assertThat(depth(review.sections().get(0).items().get(0))).isLessThanOrEqualTo(33);
  }

  private static int depth(ChecklistItem item) {
    int depth = 1;
    ChecklistItem current = item;
    while (!current.subItems().isEmpty()) {
      current = current.subItems().get(0);
      depth++;
    }
    return depth;
  }
}
