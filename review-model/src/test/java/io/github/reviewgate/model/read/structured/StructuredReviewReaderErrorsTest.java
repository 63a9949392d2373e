package io.github.reviewgate.model.read.structured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class StructuredReviewReaderErrorsTest {

  private static final SourceFile YAML = new SourceFile(Path.of("review.yaml"), ReviewFormat.YAML);
  private static final SourceFile JSON = new SourceFile(Path.of("review.json"), ReviewFormat.JSON);

  private static ReviewReadException failure(String content, SourceFile source) {
    return catchThrowableOfType(
        ReviewReadException.class,
        () -> StructuredReviewReader.read(content.getBytes(StandardCharsets.UTF_8), source));
  }

  private static final String SECTIONS =
      """
      title: Checkout
      sections:
        - title: Access
          items:
            - text: tokens expire
              state: done
        - title: Data
          items:
            - text: backups tested
              state: %s
      """;

  @Test
  void unknownField() {
    ReviewReadException e =
        failure("title: Checkout\nsections:\n  - title: Access\n    colour: red\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[0].colour: unknown field; the fields here are items, number, score, status,"
                + " title, weight (line 4)");
    assertThat(e.line()).isEqualTo(4);
  }

  @Test
  void unknownTopLevelFieldInJson() {
    ReviewReadException e = failure("{\n  \"title\": \"x\",\n  \"owner\": \"me\"\n}\n", JSON);

    assertThat(e.getMessage())
        .isEqualTo(
            "owner: unknown field; the fields here are actions, date, findings, metadata,"
                + " overallScore, riskLevel, sections, signOff, status, subject, title (line 3)");
  }

  @Test
  void duplicateKey() {
    ReviewReadException e =
        failure("title: Checkout\nsections:\n  - title: Access\n    title: Data\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo("sections[0].title: duplicate key; a key may appear once in a mapping (line 4)");
  }

  @Test
  void duplicateKeyInJson() {
    ReviewReadException e = failure("{\"title\": \"a\",\n \"title\": \"b\"}", JSON);

    assertThat(e.getMessage())
        .isEqualTo("title: duplicate key; a key may appear once in a mapping (line 2)");
  }

  @Test
  void wrongType() {
    ReviewReadException e = failure("title: [a, b]\n", YAML);

    assertThat(e.getMessage()).isEqualTo("title: expected text, found a list (line 1)");
  }

  @Test
  void wrongTypeForList() {
    ReviewReadException e = failure("signOff:\n  reviewers: Platform Lead\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo("signOff.reviewers: expected a list, found text 'Platform Lead' (line 2)");
  }

  @Test
  void wrongTypeForBoolean() {
    ReviewReadException e = failure("actions:\n  - text: Rotate keys\n    done: yes\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo("actions[0].done: expected true or false, found text 'yes' (line 3)");
  }

  @Test
  void badEnumWord() {
    ReviewReadException e = failure(SECTIONS.formatted("finished"), YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[1].items[0].state: 'finished' is not one of done, notDone, partial,"
                + " notApplicable (line 10)");
    assertThat(e.line()).isEqualTo(10);
  }

  @Test
  void badDate() {
    ReviewReadException e = failure("title: Checkout\ndate: 2026-02-30\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "date: '2026-02-30' is not a date of the form YYYY-MM-DD, such as 2026-03-10 (line 2)");
  }

  @Test
  void badScore() {
    ReviewReadException e = failure("sections:\n  - title: Access\n    score: great\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[0].score: 'great' is not a score such as 9.5/10, 85% or a number out of 10"
                + " (line 3)");
  }

  @Test
  void missingState() {
    ReviewReadException e =
        failure("sections:\n  - title: Access\n    items:\n      - text: x\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[0].items[0].state: missing; expected one of done, notDone, partial,"
                + " notApplicable (line 4)");
  }

  @Test
  void aliasBomb() {
    // Each item repeats the one before ten times, so the last one stands for a billion items.
    StringBuilder bomb = new StringBuilder();
    bomb.append("sections:\n  - title: Bomb\n    items:\n      - &i0 {text: x, state: done}\n");
    for (int i = 1; i < 10; i++) {
      String previous = "*i" + (i - 1);
      bomb.append("      - &i").append(i).append(" {text: x, state: done, items: [");
      bomb.append(String.join(", ", Collections.nCopies(10, previous))).append("]}\n");
    }
    ReviewReadException e = failure(bomb.toString(), YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[0].items[4].items[1].items[4]...: YAML aliases (*name) repeat more values"
                + " than the reader replays (9999); write the repeated values out (line 4)");
  }

  @Test
  void tooDeepNesting() {
    String item = "{\"text\": \"x\", \"state\": \"done\", \"items\": [";
    String json =
        "{\"sections\": [{\"title\": \"Deep\", \"items\": [\n"
            + item.repeat(60)
            + "]}".repeat(60)
            + "]}]}";
    ReviewReadException e = failure(json, JSON);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[0].items[0].items[0].items[0]...: the document nests deeper than 100 levels;"
                + " a review needs only a few (line 2)");
  }

  @Test
  void emptyFile() {
    String message =
        "the file holds no review; expected a mapping of review fields such as title and date"
            + " (line 1)";

    assertThat(failure("", YAML).getMessage()).isEqualTo(message);
    assertThat(failure("", JSON).getMessage()).isEqualTo(message);
  }

  @Test
  void syntaxError() {
    assertThat(failure("title: \"unclosed\n", YAML).getMessage())
        .isEqualTo(
            "the file is not valid YAML: while scanning a quoted scalar, found unexpected end of"
                + " stream (line 1)");
    assertThat(failure("{\"title\": }", JSON).getMessage())
        .isEqualTo(
            "the file is not valid JSON: Unexpected character ('}' (code 125)): expected a value"
                + " (line 1)");
  }

  @Test
  void multipleDocuments() {
    ReviewReadException e = failure("title: a\n---\ntitle: b\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "the file holds more after the review; a review file holds one document (line 3)");
  }

  @Test
  void topLevelList() {
    ReviewReadException e = failure("[1, 2]", JSON);

    assertThat(e.getMessage())
        .isEqualTo(
            "the file holds no review; expected a mapping of review fields such as title and date,"
                + " found a list (line 1)");
  }

  @Test
  void nullInList() {
    ReviewReadException e = failure("signOff:\n  reviewers: [~]\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo("signOff.reviewers[0]: expected text, found null (line 2)");
  }

  @Test
  void nullSection() {
    ReviewReadException e = failure("sections:\n  - ~\n", YAML);

    assertThat(e.getMessage()).isEqualTo("sections[0]: expected a mapping, found null (line 2)");
  }

  @Test
  void negativeWeight() {
    ReviewReadException e = failure("sections:\n  - {title: a, weight: -1}\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo("sections[0].weight: -1 is not a positive number (line 2)");
  }

  @Test
  void textWeight() {
    ReviewReadException e = failure("sections:\n  - {title: a, weight: heavy}\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo("sections[0].weight: expected a positive number, found text 'heavy' (line 2)");
  }

  @Test
  void bareScoreOverTen() {
    ReviewReadException e = failure("sections:\n  - {title: a, score: 12}\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "sections[0].score: 12 is not a score out of 10; write the scale, such as 12/100 or"
                + " 12% (line 2)");
  }

  @Test
  void badTimeSpan() {
    ReviewReadException e = failure("actions:\n  - {text: a, within: soon}\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "actions[0].within: 'soon' is not a time span such as 24 hours, 30 days, 2 weeks or 3"
                + " months (line 2)");
  }

  @Test
  void badEnumWordInJson() {
    ReviewReadException e =
        failure(
            "{\n  \"findings\": [\n    {\"title\": \"x\", \"priority\": \"urgent\"}\n  ]\n}", JSON);

    assertThat(e.getMessage())
        .isEqualTo(
            "findings[0].priority: 'urgent' is not one of critical, high, medium, low (line 3)");
  }

  @Test
  void missingPriority() {
    ReviewReadException e = failure("title: a\nfindings:\n  - title: x\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "findings[0].priority: missing; expected one of critical, high, medium, low (line 3)");
  }

  @Test
  void linesCountCrlfAndByteOrderMark() {
    ReviewReadException e = failure("\ufefftitle: x\r\ndate: nope\r\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "date: 'nope' is not a date of the form YYYY-MM-DD, such as 2026-03-10 (line 2)");
  }

  @Test
  void yamlLineTooLong() {
    ReviewReadException e = failure("title: x\nsubject: " + "a".repeat(70_000) + "\n", YAML);

    assertThat(e.getMessage())
        .isEqualTo(
            "the line is 70009 bytes long, over the limit of 65536 for YAML; break long text over"
                + " several lines, for example as a folded block (>) (line 2)");
  }
}
