package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads malformed and unusual input, which must give a review rather than an exception. */
class OddInputTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "# Title",
          "## Sign-Off",
          "### High",
          "## Findings",
          "## Within 30 Days",
          "- [x] done",
          "- [ ] open",
          "  - [x] nested",
          "1. [PASS] ok",
          "- [ x ] odd",
          "-[x] glued",
          "**Date**: 2026-02-08",
          "**Date**: 2026-13-45",
          "**Status**: Approved",
          "**Decision**: Not approved",
          "**Score**: 9/0",
          "**Score**: 9/10",
          "**Weight**: -1",
          "**Next Review**: 3 months",
          "**Conditions**:",
          "| Status | Check |",
          "|---|---|",
          "| PASS |",
          "| | | |",
          "> **Reviewer**: [Name]",
          "---",
          "```",
          "~~struck~~",
          "Key: value | Other: value",
          "",
          "âœ…",
          "\uFEFF",
          "\r");

  @ParameterizedTest
  @ValueSource(
      strings = {"", "\n", "\uFEFF", "---", "---\n---", "---\n: :\n---", "|", "| a |\n|---|"})
  void tinyInputs(String text) {
    assertThatCode(() -> read(text)).doesNotThrowAnyException();
  }

  @Test
  void randomDocuments() {
    Random random = new Random(20260208);
    for (int document = 0; document < 500; document++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(40);
      for (int line = 0; line < lines; line++) {
        text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))).append('\n');
      }
      String markdown = text.toString();

      assertThatCode(() -> read(markdown)).as(markdown).doesNotThrowAnyException();
    }
  }

  @Test
  void zeroScaleScoreIsNoScore() {
    assertThat(read("## Checks\n\n- [x] one\n\n**Score**: 9/0\n").sections().get(0).declaredScore())
        .isEmpty();
  }
}
