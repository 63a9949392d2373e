package io.github.reviewgate.model.read.markdown;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reviewgate.model.read.ScoreText;
import io.github.reviewgate.model.read.SharedReviews;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the vocabulary covers the words of the shared review documents: every key line's
 * value reads as its key's kind says, every priority heading in a findings part names a priority,
 * every heading in an actions part names a window, and every status cell names a state.
 */
class FixtureWordsTest {

  private static final Pattern KEY_LINE =
      Pattern.compile("^[\\s>*+-]*\\*{0,2}([^*:：|#\\[]{2,40}?)\\*{0,2}\\s*[:：]\\*{0,2}\\s*(.+)$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Vocabulary VOCABULARY = Vocabulary.bundled();
  private static final DateText DATES = new DateText(VOCABULARY);

  /**
   * Returns the shared documents; where the folder is absent, the folder itself, so that each test
   * runs once and {@link #requireDocuments} reports it as skipped with the reason.
   */
  static Stream<Path> documents() throws IOException {
    Path reviews = SharedReviews.folder();
    if (!Files.isDirectory(reviews)) {
      return Stream.of(reviews);
    }
    try (Stream<Path> files = Files.list(reviews)) {
      return files.filter(file -> file.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  @BeforeEach
  void requireDocuments() {
    assumeTrue(
        Files.isDirectory(SharedReviews.folder()),
        "../shared is absent: " + SharedReviews.folder() + " not found");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void keyLinesRead(Path document) throws IOException {
    SoftAssertions softly = new SoftAssertions();
    for (String line : lines(document)) {
      Matcher m = KEY_LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String value = InlineText.clean(m.group(2));
      Optional<FieldKind> kind = VOCABULARY.fieldKind(m.group(1));
      if (kind.isEmpty() || Placeholders.isPlaceholder(value)) {
        continue;
      }
      switch (kind.get()) {
        case DATE, NEXT_REVIEW -> softly.assertThat(DATES.findDate(value)).as(line).isPresent();
        case STATUS ->
            softly
                .assertThat(
                    VOCABULARY.signOffStatus(value).isPresent()
                        || List.of("FINAL", "PRODUCTION READY").contains(value))
                .as(line)
                .isTrue();
        case OVERALL_SCORE -> softly.assertThat(ScoreText.find(value)).as(line).isPresent();
        default -> {}
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void partHeadingsRead(Path document) throws IOException {
    SoftAssertions softly = new SoftAssertions();
    Optional<Part> part = Optional.empty();
    int partLevel = 0;
    for (String line : lines(document)) {
      Matcher m = HEADING.matcher(line);
      if (!m.matches()) {
        continue;
      }
      int level = m.group(1).length();
      String text = m.group(2);
      if (level <= partLevel || part.isEmpty()) {
        part = VOCABULARY.part(text);
        partLevel = part.isPresent() ? level : 0;
        continue;
      }
      if (part.get() == Part.FINDINGS) {
        softly.assertThat(VOCABULARY.priority(text)).as(line).isPresent();
      }
      if (part.get() == Part.ACTIONS) {
        softly.assertThat(VOCABULARY.windowDays(text)).as(line).isPresent();
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void statusCellsRead(Path document) throws IOException {
    SoftAssertions softly = new SoftAssertions();
    int statusColumn = -1;
    for (String line : lines(document)) {
      if (!line.startsWith("|")) {
        statusColumn = -1;
        continue;
      }
      List<String> cells = cells(line);
      if (statusColumn < 0) {
        statusColumn = indexOfStatusColumn(cells);
      } else if (!line.startsWith("|--")
          && !line.startsWith("|---")
          && statusColumn < cells.size()) {
        String cell = cells.get(statusColumn);
        softly.assertThat(VOCABULARY.itemState(cell)).as(line).isPresent();
      }
    }
    softly.assertAll();
  }

  private static int indexOfStatusColumn(List<String> headers) {
    for (int i = 0; i < headers.size(); i++) {
      if (VOCABULARY.isStatusColumn(headers.get(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static List<String> lines(Path document) throws IOException {
    return List.of(
        Files.readString(document, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\\R"));
  }
}
