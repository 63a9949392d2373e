package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.read.ReviewReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTemplateTest {

  @Test
  void rendersTitleAndDates() throws IOException {
    String review =
        ReviewTemplate.render("Ledger Sync - Security Review", LocalDate.of(2026, 3, 1), 90);

    assertThat(review).startsWith("# Ledger Sync - Security Review\n");
    assertThat(review).contains("**Date**: 2026-03-01  \n");
    assertThat(review).contains("**Next Review**: 2026-05-30 (90 days)");
  }

  @Test
  void keepsMarkdownHeadings() throws IOException {
    String review = ReviewTemplate.render("T", LocalDate.of(2026, 3, 1), 30);

    assertThat(review).contains("\n## Review Checklist\n", "\n### 1. Identity and Access\n");
    assertThat(review).contains("\n## Sign-Off\n");
    assertThat(review).doesNotContain("$", "#[[", "]]#", "Velocity");
  }

  @Test
  void titleIsNotEvaluated() throws IOException {
    String review = ReviewTemplate.render("Costs $price and #set", LocalDate.of(2026, 3, 1), 30);

    assertThat(review).startsWith("# Costs $price and \\#set\n");
  }

  @Test
  void titleMarkupEscaped() throws IOException {
    String review = ReviewTemplate.render("Init <Demo> `x`", LocalDate.of(2026, 3, 1), 30);

    assertThat(review).startsWith("# Init \\<Demo\\> \\`x\\`\n");
  }

  @Test
  void titleReadsBackAsWritten(@TempDir Path folder) throws Exception {
    String title = "Init <Demo> Service *v2* [beta] | a_b_c & #1 ~~x~~ \\ #";
    Path file = folder.resolve("REVIEW.md");
    Files.writeString(file, ReviewTemplate.render(title, LocalDate.of(2026, 3, 1), 30));

    assertThat(ReviewReader.create().read(file).title()).contains(title);
  }
}
