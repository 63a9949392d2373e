package io.github.reviewgate.model.read;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReaderNotice.Severity;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every review document in the shared folder (Markdown, YAML and JSON alike) and compares the
 * model with the document's {@code .expected.json}.
 */
class FixtureReviewsTest {

  private static final Set<String> EXTENSIONS = Set.of(".md", ".yaml", ".yml", ".json");
  private static final String EXPECTED = ".expected.json";
  private static final String ABSENT = "(no shared reviews)";

  static Stream<String> documents() throws IOException {
    Path folder = SharedReviews.folder();
    if (!Files.isDirectory(folder)) {
      return Stream.of(ABSENT);
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> !name.endsWith(EXPECTED) && extension(name) != null)
              .filter(name -> Files.isRegularFile(folder.resolve(base(name) + EXPECTED)))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void matchesExpected(String name) throws IOException, ReviewReadException {
    Path folder = SharedReviews.folder();
    assumeTrue(Files.isDirectory(folder), "../shared is absent: " + folder + " not found");
    JsonNode expected = new JsonMapper().readTree(folder.resolve(base(name) + EXPECTED).toFile());

    Review review = ReviewReader.create().read(folder.resolve(name));
    SoftAssertions softly = new SoftAssertions();

    softly.assertThat(review.title().orElse(null)).as("title").isEqualTo(text(expected, "title"));
    softly
        .assertThat(review.reviewDate().map(LocalDate::toString).orElse(null))
        .as("reviewDate")
        .isEqualTo(text(expected, "reviewDate"));
    softly
        .assertThat(review.nextReviewDate().map(LocalDate::toString).orElse(null))
        .as("nextReview")
        .isEqualTo(text(expected, "nextReview"));
    softly
        .assertThat(review.signOff().status().map(s -> lowerCase(s.name())).orElse(null))
        .as("signOff")
        .isEqualTo(text(expected, "signOff"));

    List<Section> scored = SharedReviews.scoredSections(review);
    softly.assertThat(scored).as("scored sections").hasSize(expected.get("scoredSections").asInt());
    softly
        .assertThat(scored.stream().map(Section::counts).reduce(ItemCounts.NONE, ItemCounts::plus))
        .as("item counts in scored sections")
        .isEqualTo(itemCounts(expected.get("items")));

    for (Priority priority : Priority.values()) {
      String key = lowerCase(priority.name());
      softly
          .assertThat(openFindings(review, priority))
          .as("open %s findings", key)
          .isEqualTo(expected.get("openFindings").get(key).asInt());
    }

    boolean readerWarnings = contains(expected.get("warningRules"), "reader");
    softly
        .assertThat(review.notices().stream().anyMatch(n -> n.severity() == Severity.WARNING))
        .as("reader warnings")
        .isEqualTo(readerWarnings);
    softly
        .assertThat(review.notices())
        .as("reader errors")
        .filteredOn(n -> n.severity() == Severity.ERROR)
        .isEmpty();
    softly.assertAll();
  }

  private static String extension(String name) {
    return EXTENSIONS.stream().filter(name::endsWith).findFirst().orElse(null);
  }

  private static String base(String name) {
    return name.substring(0, name.length() - extension(name).length());
  }

  private static ItemCounts itemCounts(JsonNode items) {
    return new ItemCounts(
        items.get("done").asInt(),
        items.get("notDone").asInt(),
        items.get("partial").asInt(),
        items.get("notApplicable").asInt());
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

  private static String text(JsonNode expected, String field) {
    JsonNode node = expected.get(field);
    return node == null || node.isNull() ? null : node.asString();
  }

  private static String lowerCase(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
