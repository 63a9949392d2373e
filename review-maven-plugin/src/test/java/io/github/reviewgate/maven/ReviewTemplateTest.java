package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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

    assertThat(review).startsWith("# Costs $price and #set\n");
  }
}
