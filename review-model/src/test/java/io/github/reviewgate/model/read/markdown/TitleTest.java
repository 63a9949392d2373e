package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reads the review's title. */
class TitleTest {
  @Test
  void firstLevelOneHeading() {
    assertThat(read(lines("## Intro", "# First", "# Second")).title()).contains("First");
  }

  @Test
  void frontMatterTitleWithoutHeading() {
    assertThat(read(lines("---", "title: Ledger Sync Review", "---", "", "## Checks")).title())
        .contains("Ledger Sync Review");
  }

  @Test
  void headingWinsOverFrontMatterTitle() {
    assertThat(read(lines("---", "title: From front matter", "---", "", "# From heading")).title())
        .contains("From heading");
  }

  @Test
  void noTitle() {
    assertThat(read(lines("## Intro", "", "Text.")).title()).isEmpty();
  }
}
