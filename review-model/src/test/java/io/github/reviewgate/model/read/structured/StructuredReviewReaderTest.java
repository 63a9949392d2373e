package io.github.reviewgate.model.read.structured;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import io.github.reviewgate.model.read.SharedReviews;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuredReviewReaderTest {

  static Review readShared(String name, ReviewFormat format)
      throws IOException, ReviewReadException {
    Path file = SharedReviews.file(name);
    return StructuredReviewReader.read(Files.readAllBytes(file), new SourceFile(file, format));
  }

  private static Review readYaml(String yaml) throws ReviewReadException {
    return StructuredReviewReader.read(
        yaml.getBytes(StandardCharsets.UTF_8),
        new SourceFile(Path.of("review.yaml"), ReviewFormat.YAML));
  }

  @Test
  void ledgerSyncYaml() throws Exception {
    Review review = readShared("ledger-sync-security-review-yaml.yaml", ReviewFormat.YAML);

    assertThat(review.title()).contains("Ledger Sync Service - Security Review");
    assertThat(review.subject()).contains("ledger-sync");
    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 3, 10));
    assertThat(review.sections()).hasSize(7);
    assertThat(review.sections().stream().filter(s -> s.declaredScore().isPresent())).hasSize(6);
    ItemCounts counts =
        review.sections().stream()
            .filter(s -> s.declaredScore().isPresent())
            .map(Section::counts)
            .reduce(ItemCounts.NONE, ItemCounts::plus);
    assertThat(counts).isEqualTo(new ItemCounts(30, 3, 0, 0));
    assertThat(review.findings()).hasSize(3);
    assertThat(review.findings().get(0).priority()).isEqualTo(Priority.MEDIUM);
    assertThat(review.findings().get(2).status()).isEqualTo(FindingStatus.OPEN);
    assertThat(review.actions().stream().map(ActionItem::withinDays))
        .containsExactly(
            Optional.of(1),
            Optional.of(1),
            Optional.of(1),
            Optional.of(30),
            Optional.of(30),
            Optional.of(30),
            Optional.of(90),
            Optional.of(90));
    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 6, 8));
    assertThat(review.notices()).isEmpty();
  }

  @Test
  void ledgerSyncYamlLines() throws Exception {
    Review review = readShared("ledger-sync-security-review-yaml.yaml", ReviewFormat.YAML);

    assertThat(review.sections().get(0).line()).isEqualTo(7);
    assertThat(review.sections().get(0).scoreLine()).isEqualTo(8);
    assertThat(review.sections().get(0).items().get(1).line()).isEqualTo(14);
    assertThat(review.reviewDateLine()).isEqualTo(review.signOff().dateLine());
    assertThat(review.signOff().statusLine()).isGreaterThan(review.findings().get(2).line());
  }

  @Test
  void ledgerSyncJsonEqualsYaml() throws Exception {
    Review yaml = readShared("ledger-sync-security-review-yaml.yaml", ReviewFormat.YAML);
    Review json = readShared("ledger-sync-security-review-json.json", ReviewFormat.JSON);

    assertThat(WithoutLines.of(json)).isEqualTo(WithoutLines.of(yaml));
  }

  @Test
  void yaml12KeepsText() throws Exception {
    Review review =
        readYaml("title: NO\nsubject: 1.10\nmetadata:\n  enabled: on\n  version: 1.10\n");

    assertThat(review.title()).contains("NO");
    assertThat(review.subject()).contains("1.10");
    assertThat(review.metadata().get(0).value()).isEqualTo("on");
    assertThat(review.metadata().get(1).value()).isEqualTo("1.10");
  }

  @Test
  void enumWordsIgnoreCaseSpacesAndDashes() throws Exception {
    Review review =
        readYaml(
            """
            status: Approved
            sections:
              - title: Access
                status: PASSED
                items:
                  - {text: a, state: not done}
                  - {text: b, state: NOT_APPLICABLE}
                  - {text: c, state: not-done}
                  - {text: d, state: Partial}
            findings:
              - {title: x, priority: HIGH, status: Resolved}
            """);

    assertThat(review.status()).contains(SignOffStatus.APPROVED);
    assertThat(review.sections().get(0).status()).isEqualTo(SectionStatus.PASSED);
    assertThat(review.sections().get(0).items().stream().map(i -> i.state()))
        .containsExactly(
            ItemState.NOT_DONE, ItemState.NOT_APPLICABLE, ItemState.NOT_DONE, ItemState.PARTIAL);
    assertThat(review.findings().get(0).status()).isEqualTo(FindingStatus.RESOLVED);
  }

  @Test
  void scoreForms() throws Exception {
    Review review =
        readYaml(
            """
            overallScore: 8
            sections:
              - {title: a, score: 9.5/10}
              - {title: b, score: 92/100}
              - {title: c, score: 7.25}
              - {title: d, score: "4/5"}
            """);

    assertThat(review.overallScore().get().normalized()).isEqualByComparingTo("8");
    assertThat(review.sections().get(0).declaredScore().get().normalized())
        .isEqualByComparingTo("9.5");
    assertThat(review.sections().get(2).declaredScore().get().text()).isEqualTo("7.25");
    assertThat(review.sections().get(3).declaredScore().get().normalized())
        .isEqualByComparingTo("8");
  }

  // Passes once the full ScoreText, which reads percentages, is merged.
  @Test
  void percentScore() throws Exception {
    Review review = readYaml("sections:\n  - {title: a, score: 85%}\n");

    assertThat(review.sections().get(0).declaredScore().get().normalized())
        .isEqualByComparingTo("8.5");
  }

  @Test
  void weightDefaultsToOne() throws Exception {
    Review review = readYaml("sections:\n  - {title: a}\n  - {title: b, weight: 2.5}\n");

    assertThat(review.sections().get(0).weight()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(review.sections().get(1).weight()).isEqualByComparingTo("2.5");
  }

  @Test
  void reviewDateIsSignOffDate() throws Exception {
    Review review = readYaml("date: 2026-03-01\nsignOff:\n  date: 2026-03-10\n");

    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 3, 10));
    assertThat(review.reviewDateLine()).isEqualTo(3);
  }

  @Test
  void reviewDateFallsBackToDate() throws Exception {
    Review review = readYaml("date: 2026-03-01\nstatus: pending\n");

    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 3, 1));
    assertThat(review.reviewDateLine()).isEqualTo(1);
    assertThat(review.signOff().status()).contains(SignOffStatus.PENDING);
  }

  @Test
  void nextReviewPeriod() throws Exception {
    Review review = readYaml("signOff:\n  date: 2026-03-10\n  nextReview: 90 days\n");

    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 6, 8));
    assertThat(review.signOff().nextReview().get().text()).isEqualTo("90 days");
  }

  @Test
  void nextReviewMonths() throws Exception {
    Review review = readYaml("signOff:\n  date: 2026-03-10\n  nextReview: in 3 months\n");

    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 6, 10));
  }

  @Test
  void nextReviewPeriodWords() throws Exception {
    Review yearly = readYaml("signOff:\n  date: 2026-03-10\n  nextReview: 1 year\n");
    Review quarterly = readYaml("signOff:\n  date: 2026-03-10\n  nextReview: vierteljährlich\n");

    assertThat(yearly.nextReviewDate()).contains(LocalDate.of(2027, 3, 10));
    assertThat(quarterly.nextReviewDate()).contains(LocalDate.of(2026, 6, 10));
  }

  @Test
  void nextReviewEventText() throws Exception {
    Review review = readYaml("signOff:\n  date: 2026-03-10\n  nextReview: after release 2.0\n");

    assertThat(review.nextReviewDate()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "signOff.nextReview 'after release 2.0' is neither a date nor a period after the"
                    + " review date, so only the maximum review age applies; write a date such as"
                    + " 2026-06-08 or a period such as 90 days"));
  }

  @Test
  void actionDueDateAndWithin() throws Exception {
    Review review =
        readYaml(
            """
            actions:
              - {text: a, within: 2 weeks}
              - {text: b, within: 48 hours, done: true}
              - {text: c, due: 2026-04-09}
            """);

    assertThat(review.actions().get(0).withinDays()).contains(14);
    assertThat(review.actions().get(1).withinDays()).contains(2);
    assertThat(review.actions().get(1).done()).isTrue();
    assertThat(review.actions().get(2).dueDate()).contains(LocalDate.of(2026, 4, 9));
  }

  @Test
  void metadataScalarsAreText() throws Exception {
    Review review = readYaml("metadata: {reviewed: true, owner: ~, tickets: 3}\n");

    assertThat(review.metadata().stream().map(field -> field.value()))
        .containsExactly("true", "", "3");
  }

  @Test
  void nullMeansAbsent() throws Exception {
    Review review = readYaml("title: ~\nsubject: null\nsections:\n  - {title: a, score: ~}\n");

    assertThat(review.title()).isEmpty();
    assertThat(review.subject()).isEmpty();
    assertThat(review.sections().get(0).declaredScore()).isEmpty();
  }
}
