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
  void noTitle() {
    assertThat(read(lines("## Intro", "", "Text.")).title()).isEmpty();
  }
}
