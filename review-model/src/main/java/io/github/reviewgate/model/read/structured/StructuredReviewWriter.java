package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a review in the YAML or JSON form that {@link StructuredReviewReader} reads. That form
 * keeps no lines, source, reader notices or raw item markers. The review date is written as the
 * header {@code date}, because the model keeps no other. A metadata key stated more than once keeps
 * its first value.
 */
public final class StructuredReviewWriter {

  private final ObjectMapper yaml;
  private final ObjectMapper json;

  private StructuredReviewWriter() {
    this.yaml = StructuredMappers.writer(ReviewFormat.YAML);
    this.json = StructuredMappers.writer(ReviewFormat.JSON);
  }

  public static StructuredReviewWriter create() {
    return new StructuredReviewWriter();
  }

  public String toYaml(Review review) {
    return yaml.writeValueAsString(DocumentMapping.document(review));
  }

  public String toJson(Review review) {
    return json.writeValueAsString(DocumentMapping.document(review)) + "\n";
  }

  /**
   * Writes {@code review} in {@code format}.
   *
   * @throws IllegalArgumentException for Markdown, which this writer does not produce
   */
  public String write(Review review, ReviewFormat format) {
    return switch (format) {
      case YAML -> toYaml(review);
      case JSON -> toJson(review);
      case MARKDOWN -> throw new IllegalArgumentException("Markdown is not a structured format");
    };
  }
}
