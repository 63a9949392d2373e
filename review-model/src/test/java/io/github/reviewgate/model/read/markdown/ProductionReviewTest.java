package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.SharedReviews;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the full production security review and checks the design's worked example. */
class ProductionReviewTest {

  private static Review review;

  /**
   * Reads the review once. The assumption sits here rather than in a {@code @BeforeAll}, so that
   * where the file is absent each test is reported as skipped with the reason, not left out.
   */
  @BeforeEach
  void readReview() throws IOException {
    Path file = SharedReviews.file("production-security-review.md");
    if (review == null) {
      review =
          MarkdownReviewReader.read(
              Files.readString(file, StandardCharsets.UTF_8),
              new SourceFile(file, ReviewFormat.MARKDOWN));
    }
  }

  @Test
  void title() {
    assertThat(review.title()).contains("Production Security Review - Final Checklist");
  }

  @Test
  void scoredSections() {
    List<Section> scored = SharedReviews.scoredSections(review);

    assertThat(scored)
        .extracting(s -> s.declaredScore().map(Score::value).orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("9.5"),
            BigDecimal.TEN,
            new BigDecimal("9"),
            BigDecimal.TEN,
            new BigDecimal("9"),
            BigDecimal.TEN,
            new BigDecimal("6"),
            BigDecimal.TEN,
            new BigDecimal("9"),
            BigDecimal.TEN);
    assertThat(scored)
        .extracting(Section::line)
        .containsExactly(13, 29, 42, 57, 70, 91, 105, 122, 137, 151);
    assertThat(scored)
        .extracting(Section::scoreLine)
        .containsExactly(25, 38, 53, 66, 87, 101, 116, 133, 147, 162);
  }

  @Test
  void scoredItems() {
    ItemCounts counts = ItemCounts.NONE;
    for (Section section : SharedReviews.scoredSections(review)) {
      counts = counts.plus(section.counts());
    }

    assertThat(counts.total()).isEqualTo(71);
    assertThat(counts.done()).isEqualTo(66);
  }

  @Test
  void complianceReadiness() {
    Section compliance = section("Compliance Readiness");

    assertThat(compliance.counts()).isEqualTo(new ItemCounts(3, 5, 0, 0));
    assertThat(compliance.number()).contains("7");
  }

  @Test
  void unscoredChecklists() {
    List<Section> unscored =
        review.sections().stream().filter(s -> s.declaredScore().isEmpty()).toList();

    assertThat(unscored)
        .extracting(Section::title)
        .containsExactly("From Security Audit (Task 16)", "Additional Security Measures");
    ItemCounts counts = ItemCounts.of(unscored.get(0).items()).plus(unscored.get(1).counts());
    assertThat(counts).isEqualTo(new ItemCounts(11, 0, 0, 0));
  }

  @Test
  void actionItems() {
    List<ActionItem> actions = review.actions();

    assertThat(actions).hasSize(14).noneMatch(ActionItem::done);
    assertThat(actions.stream().filter(a -> a.withinDays().equals(Optional.of(1)))).hasSize(4);
    assertThat(actions.stream().filter(a -> a.withinDays().equals(Optional.of(30)))).hasSize(5);
    assertThat(actions.stream().filter(a -> a.withinDays().equals(Optional.of(90)))).hasSize(5);
  }

  @Test
  void findings() {
    assertThat(open(Priority.CRITICAL)).isZero();
    assertThat(open(Priority.HIGH)).isZero();
    assertThat(open(Priority.MEDIUM)).isEqualTo(4);
    assertThat(open(Priority.LOW)).isEqualTo(4);
  }

  @Test
  void signOff() {
    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
    assertThat(review.signOff().reviewers()).containsExactly("Kiro AI Assistant");
  }

  @Test
  void dates() {
    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 2, 8));
    assertThat(review.reviewDateLine()).isEqualTo(270);
    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 5, 8));
  }

  @Test
  void overallScoreAndRisk() {
    assertThat(review.overallScore().map(Score::text)).contains("9.2/10");
    assertThat(review.overallScoreLine()).isEqualTo(229);
    assertThat(review.riskLevel()).contains("LOW");
  }

  @Test
  void noWarnings() {
    assertThat(review.notices()).isEmpty();
  }

  private static Section section(String title) {
    return review.sections().stream()
        .filter(s -> s.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + title));
  }

  private static long open(Priority priority) {
    return review.findings().stream()
        .filter(Finding::isOpen)
        .filter(f -> f.priority() == priority)
        .count();
  }
}
