package io.github.reviewgate.model.read.markdown;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every Markdown review in the shared review folder and compares it with its expected result.
 */
class FixtureReviewsTest {

  static Path reviewsFolder() {
    return Path.of(System.getProperty("reviewgate.shared", "../shared")).resolve("reviews");
  }

  static Stream<String> reviews() throws IOException {
    Path folder = reviewsFolder();
    if (!Files.isDirectory(folder)) {
      return Stream.of("absent");
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".md") && !name.equals("INDEX.md"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("reviews")
  void matchesExpected(String name) throws IOException {
    Path folder = reviewsFolder();
    assumeTrue(Files.isDirectory(folder), "../shared is absent: no shared reviews to read");
    Path file = folder.resolve(name);
    String base = name.substring(0, name.length() - ".md".length());
    JsonNode expected = new JsonMapper().readTree(folder.resolve(base + ".expected.json").toFile());

    Review review =
        MarkdownReviewReader.read(
            Files.readString(file, StandardCharsets.UTF_8),
            new SourceFile(file, ReviewFormat.MARKDOWN));
    SoftAssertions softly = new SoftAssertions();

    softly.assertThat(review.title()).as("title").contains(expected.get("title").asString());
    softly
        .assertThat(review.reviewDate().map(LocalDate::toString).orElse(null))
        .as("reviewDate")
        .isEqualTo(text(expected.get("reviewDate")));
    softly
        .assertThat(review.nextReviewDate().map(LocalDate::toString).orElse(null))
        .as("nextReview")
        .isEqualTo(text(expected.get("nextReview")));
    softly
        .assertThat(
            review.signOff().status().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null))
        .as("signOff")
        .isEqualTo(text(expected.get("signOff")));
    for (Priority priority : Priority.values()) {
      String key = priority.name().toLowerCase(Locale.ROOT);
      softly
          .assertThat(openFindings(review, priority))
          .as("open %s findings", key)
          .isEqualTo(expected.get("openFindings").get(key).asInt());
    }

    List<Section> scored = scoredSections(review);
    softly.assertThat(scored).as("scored sections").hasSize(expected.get("scoredSections").asInt());
    ItemCounts counts = ItemCounts.NONE;
    for (Section section : scored) {
      counts = counts.plus(section.counts());
    }
    JsonNode items = expected.get("items");
    softly
        .assertThat(counts)
        .as("item counts in scored sections")
        .isEqualTo(
            new ItemCounts(
                items.get("done").asInt(),
                items.get("notDone").asInt(),
                items.get("partial").asInt(),
                items.get("notApplicable").asInt()));
    boolean readerWarnings = contains(expected.get("warningRules"), "reader");
    softly
        .assertThat(review.notices())
        .as("reader notices")
        .filteredOn(n -> n.severity() == ReaderNotice.Severity.WARNING)
        .hasSizeGreaterThanOrEqualTo(readerWarnings ? 1 : 0)
        .hasSizeLessThanOrEqualTo(readerWarnings ? Integer.MAX_VALUE : 0);
    softly
        .assertThat(review.notices())
        .as("reader errors")
        .filteredOn(n -> n.severity() == ReaderNotice.Severity.ERROR)
        .isEmpty();
    softly.assertAll();
  }

  /**
   * When any section declares a score, the scored sections are those that declare one; otherwise
   * every checklist section is scored.
   */
  static List<Section> scoredSections(Review review) {
    List<Section> declared =
        review.sections().stream().filter(s -> s.declaredScore().isPresent()).toList();
    return declared.isEmpty() ? review.sections() : declared;
  }

  private static long openFindings(Review review, Priority priority) {
    return review.findings().stream()
        .filter(Finding::isOpen)
        .filter(f -> f.priority() == priority)
        .count();
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode element : array.values()) {
      if (element.asString().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }
}
