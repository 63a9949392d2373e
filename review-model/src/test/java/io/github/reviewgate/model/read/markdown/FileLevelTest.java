package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reads file-level shapes: byte order mark, line endings, front matter, encoding. */
class FileLevelTest {
  private final String review =
      lines("# Review", "", "**Date**: 2026-02-08", "", "## Checks", "", "- [x] one", "- [ ] two");

  @Test
  void byteOrderMarkAndCrlf() {
    Review crlf = read("\uFEFF" + review.replace("\n", "\r\n"));

    assertThat(crlf.title()).contains("Review");
    assertThat(crlf.reviewDate()).contains(LocalDate.of(2026, 2, 8));
    assertThat(crlf.reviewDateLine()).isEqualTo(3);
    assertThat(crlf.sections().get(0).items())
        .extracting(ChecklistItem::line)
        .containsExactly(7, 8);
  }

  @Test
  void loneCarriageReturns() {
    Review cr = read(review.replace("\n", "\r"));

    assertThat(cr.sections().get(0).counts()).isEqualTo(new ItemCounts(1, 1, 0, 0));
    assertThat(cr.reviewDateLine()).isEqualTo(3);
  }

  @Test
  void frontMatter() {
    Review fromFrontMatter =
        read(
            lines(
                "---",
                "title: Ledger Sync Review",
                "date: 2026-03-10",
                "status: approved",
                "reviewer: [Platform Lead, SRE Lead]",
                "region: eu-west-1",
                "---",
                "",
                "## Checks",
                "",
                "- [x] one"));

    assertThat(fromFrontMatter.title()).contains("Ledger Sync Review");
    assertThat(fromFrontMatter.reviewDate()).contains(LocalDate.of(2026, 3, 10));
    assertThat(fromFrontMatter.reviewDateLine()).isEqualTo(3);
    assertThat(fromFrontMatter.signOff().reviewers()).containsExactly("Platform Lead", "SRE Lead");
    assertThat(fromFrontMatter.metadata())
        .containsExactly(new Field("region", "eu-west-1", "eu-west-1", 6));
    assertThat(fromFrontMatter.sections().get(0).line()).isEqualTo(9);
  }

  @Test
  void invalidFrontMatter() {
    Review invalid = read(lines("---", "title: [unclosed", "---", "", "# Review"));

    assertThat(invalid.title()).contains("Review");
    assertThat(invalid.notices())
        .singleElement()
        .satisfies(n -> assertThat(n.message()).startsWith("the front matter is not valid YAML"));
  }

  @Test
  void doubleEncodedText() {
    Review mojibake = read(lines("# Review", "", "### 1. IAM âœ…", "", "- [x] one"));

    assertThat(mojibake.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "the text 'âœ…' looks like UTF-8 that was decoded twice (such as âœ… for ✅);"
                    + " save the file as UTF-8 and fix the line"));
  }

  @Test
  void headingsInCodeFences() {
    Review fenced = read(lines("```", "# Not a title", "- [x] not an item", "```", "", "# Title"));

    assertThat(fenced.title()).contains("Title");
    assertThat(fenced.sections()).isEmpty();
  }

  @Test
  void openingThematicBreak() {
    Review review =
        read(lines("---", "# Review", "", "**Date**: 2026-02-08", "", "---", "", "Text."));

    assertThat(review.title()).contains("Review");
    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 2, 8));
    assertThat(review.notices()).isEmpty();
  }

  @Test
  void frontMatterInJapanese() {
    Review review = read(lines("---", "リージョン: eu-west-1", "---", "", "# レビュー"));

    assertThat(review.title()).contains("レビュー");
    assertThat(review.metadata()).extracting(Field::key).containsExactly("リージョン");
  }
}
