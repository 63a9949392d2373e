package io.github.reviewgate.model.read.structured;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.markdown.MarkdownReviewReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * NOTE: these tests pass only with the commonmark-based {@link MarkdownReviewReader}; against its
 * placeholder, which reads nothing, they fail on purpose rather than pass on an empty review.
 *
 * <p>A review read from Markdown keeps its content through YAML and JSON, apart from what those
 * forms do not hold: lines, raw markers and raw header values.
 */
class MarkdownRoundTripTest {

  private static final String DOCUMENT = "payments-gateway-security-review.md";

  private final StructuredReviewWriter writer = StructuredReviewWriter.create();

  private static Review readMarkdown() throws Exception {
    try (InputStream in = MarkdownRoundTripTest.class.getResourceAsStream(DOCUMENT)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return MarkdownReviewReader.read(
          text, new SourceFile(Path.of(DOCUMENT), ReviewFormat.MARKDOWN));
    }
  }

  private static Review read(String text, ReviewFormat format) throws Exception {
    return StructuredReviewReader.read(
        text.getBytes(StandardCharsets.UTF_8), new SourceFile(Path.of("review"), format));
  }

  @Test
  void markdownIsRead() throws Exception {
    Review review = readMarkdown();

    assertThat(review.title()).contains("Payments Gateway - Security Review");
    assertThat(review.sections().stream().map(Section::title))
        .containsExactly("Authentication", "Data Handling", "Operations", "Carried Over");
    assertThat(review.findings()).hasSize(1);
    assertThat(review.actions()).hasSize(2);
    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 6, 10));
    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 9, 8));
  }

  @Test
  void markdownRoundTripsThroughYaml() throws Exception {
    Review review = readMarkdown();
    assertThat(review.sections()).as("sections read from Markdown").hasSize(4);

    Review viaYaml = read(writer.toYaml(review), ReviewFormat.YAML);

    assertThat(WithoutLines.ofMarkdown(viaYaml)).isEqualTo(WithoutLines.ofMarkdown(review));
  }

  @Test
  void markdownRoundTripsThroughJson() throws Exception {
    Review review = readMarkdown();
    assertThat(review.sections()).as("sections read from Markdown").hasSize(4);

    Review viaJson = read(writer.toJson(review), ReviewFormat.JSON);

    assertThat(WithoutLines.ofMarkdown(viaJson)).isEqualTo(WithoutLines.ofMarkdown(review));
  }
}
