package io.github.reviewgate.model.read.structured;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuredRoundTripTest {

  private final StructuredReviewWriter writer = StructuredReviewWriter.create();

  /**
   * Builds a review that uses every field of the YAML and JSON form, with text YAML 1.1 would
   * misread.
   */
  static Review builtInCode() {
    ChecklistItem subItem =
        new ChecklistItem(
            Optional.empty(), "staging too", ItemState.PARTIAL, "partial", List.of(), List.of(), 0);
    ChecklistItem item =
        new ChecklistItem(
            Optional.of("Short-lived tokens"),
            "tokens expire after 15 minutes",
            ItemState.DONE,
            "done",
            List.of("checked in the gateway config", "NO"),
            List.of(subItem),
            0);
    Section access =
        new Section(
            "Identity and Access",
            Optional.of("1"),
            SectionStatus.PASSED,
            List.of(item, ChecklistItem.of("1.10", ItemState.NOT_APPLICABLE, "notApplicable", 0)),
            Optional.of(new Score(new BigDecimal("9.5"), BigDecimal.TEN, "9.5/10")),
            0,
            BigDecimal.ONE,
            0);
    Section data =
        new Section(
            "Data: \"quoted\" # not a comment",
            Optional.empty(),
            SectionStatus.NONE,
            List.of(ChecklistItem.of("backups restored", ItemState.NOT_DONE, "notDone", 0)),
            Optional.of(new Score(new BigDecimal("7"), BigDecimal.TEN, "7")),
            0,
            new BigDecimal("2.5"),
            0);
    SignOff signOff =
        new SignOff(
            Optional.of(SignOffStatus.CONDITIONAL),
            0,
            List.of("Platform Security Lead", "yes"),
            Optional.of(LocalDate.of(2026, 3, 10)),
            0,
            Optional.of(new NextReview("90 days", Optional.of(LocalDate.of(2026, 6, 8)), 0)),
            List.of("rotate the partner keys first"));
    return new Review(
        Optional.of("Ledger Sync: Security Review"),
        Optional.of("ledger-sync"),
        List.of(new Field("region", "eu-west-1", "eu-west-1", 0), new Field("on", "off", "off", 0)),
        Optional.of(LocalDate.of(2026, 3, 10)),
        0,
        Optional.of(SignOffStatus.APPROVED),
        List.of(access, data),
        List.of(
            new Finding(
                "Audit events not forwarded",
                Priority.MEDIUM,
                FindingStatus.OPEN,
                Optional.of(LocalDate.of(2026, 4, 9)),
                0),
            new Finding(
                "Old cron", Priority.CRITICAL, FindingStatus.ACCEPTED, Optional.empty(), 0)),
        List.of(
            new ActionItem("Forward audit events", false, Optional.of(30), Optional.empty(), 0),
            new ActionItem(
                "Sign the record",
                true,
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 4, 1)),
                0)),
        signOff,
        Optional.of(new Score(new BigDecimal("9"), BigDecimal.TEN, "9/10")),
        0,
        Optional.of("LOW"),
        new SourceFile(Path.of("review.yaml"), ReviewFormat.YAML),
        List.of());
  }

  private static Review read(String text, ReviewFormat format) throws ReviewReadException {
    return StructuredReviewReader.read(
        text.getBytes(StandardCharsets.UTF_8), new SourceFile(Path.of("review"), format));
  }

  private void assertRoundTrips(Review review) throws ReviewReadException {
    Review viaYaml = read(writer.toYaml(review), ReviewFormat.YAML);
    Review viaJson = read(writer.toJson(review), ReviewFormat.JSON);

    assertThat(WithoutLines.of(viaYaml)).isEqualTo(WithoutLines.of(review));
    assertThat(WithoutLines.of(viaJson)).isEqualTo(WithoutLines.of(review));
  }

  @Test
  void builtInCodeRoundTrips() throws Exception {
    assertRoundTrips(builtInCode());
  }

  @Test
  void ledgerSyncYamlRoundTrips() throws Exception {
    assertRoundTrips(
        StructuredReviewReaderTest.readShared(
            "ledger-sync-security-review-yaml.yaml", ReviewFormat.YAML));
  }

  @Test
  void ledgerSyncJsonRoundTrips() throws Exception {
    assertRoundTrips(
        StructuredReviewReaderTest.readShared(
            "ledger-sync-security-review-json.json", ReviewFormat.JSON));
  }

  @Test
  void yamlQuotesAmbiguousText() {
    String yaml = writer.toYaml(builtInCode());

    assertThat(yaml).contains("subject: ledger-sync\n");
    assertThat(yaml).contains("- \"NO\"\n");
    assertThat(yaml).contains("state: notApplicable\n");
    assertThat(yaml).contains("within: 30 days\n");
  }
}
