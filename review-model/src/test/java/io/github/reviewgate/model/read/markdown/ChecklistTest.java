package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads checklist sections and their items in every form. */
class ChecklistTest {

  private static Section onlySection(String... body) {
    String[] document = new String[body.length + 2];
    document[0] = "### 3. Data Security ✅";
    document[1] = "";
    System.arraycopy(body, 0, document, 2, body.length);
    Review review = read(lines(document));
    assertThat(review.sections()).hasSize(1);
    return review.sections().get(0);
  }

  @Test
  void heading() {
    Section section = onlySection("- [x] one");

    assertThat(section.title()).isEqualTo("Data Security");
    assertThat(section.number()).contains("3");
    assertThat(section.status()).isEqualTo(SectionStatus.PASSED);
    assertThat(section.line()).isEqualTo(1);
  }

  @Test
  void taskListMarkers() {
    Section section = onlySection("- [x] a", "* [X] b", "+ [ ] c", "", "1. [ ] d", "2. [x] e");

    assertThat(section.items())
        .extracting(ChecklistItem::text, ChecklistItem::state, ChecklistItem::marker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", ItemState.DONE, "[x]"),
            org.assertj.core.groups.Tuple.tuple("b", ItemState.DONE, "[x]"),
            org.assertj.core.groups.Tuple.tuple("c", ItemState.NOT_DONE, "[ ]"),
            org.assertj.core.groups.Tuple.tuple("d", ItemState.NOT_DONE, "[ ]"),
            org.assertj.core.groups.Tuple.tuple("e", ItemState.DONE, "[x]"));
  }

  @Test
  void labelAndText() {
    Section section =
        onlySection(
            "- [x] **TLS Encryption**: All calls use `TLS 1.2+`", "- [x] **Containers:** N/A");

    assertThat(section.items().get(0).label()).contains("TLS Encryption");
    assertThat(section.items().get(0).text()).isEqualTo("All calls use TLS 1.2+");
    assertThat(section.items().get(1).label()).contains("Containers");
    assertThat(section.items().get(1).state()).isEqualTo(ItemState.DONE);
  }

  @Test
  void bracketWords() {
    Section section = onlySection("- [PASS] a", "- [FAIL] b", "- [PARTIAL] c", "- [N/A] d");

    assertThat(section.items())
        .extracting(ChecklistItem::state)
        .containsExactly(
            ItemState.DONE, ItemState.NOT_DONE, ItemState.PARTIAL, ItemState.NOT_APPLICABLE);
    assertThat(section.items())
        .extracting(ChecklistItem::marker)
        .containsExactly("[PASS]", "[FAIL]", "[PARTIAL]", "[N/A]");
  }

  @Test
  void unknownBracketWord() {
    Review review = read(lines("## Checks", "", "- [BLOCKED] waiting on the vendor"));

    assertThat(review.sections().get(0).items().get(0).state()).isEqualTo(ItemState.NOT_DONE);
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "the state word '[BLOCKED]' is not known and counts as not done;"
                    + " use PASS, FAIL, PARTIAL or N/A"));
  }

  @Test
  void linksAreNoBracketWords() {
    Review review = read(lines("## Links", "", "- [the runbook](https://example.org)"));

    assertThat(review.sections()).isEmpty();
  }

  @Test
  void struckThroughIsNotApplicable() {
    Section section = onlySection("- [ ] ~~Legacy import hardened~~", "- [x] kept");

    assertThat(section.counts()).isEqualTo(new ItemCounts(1, 0, 0, 1));
  }

  @Test
  void checkboxWinsOverEmoji() {
    Review review = read(lines("## Checks", "", "- [ ] ✅ backups tested"));

    assertThat(review.sections().get(0).items().get(0).state()).isEqualTo(ItemState.NOT_DONE);
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "the checkbox [ ] and the mark ✅ disagree; the checkbox counts,"
                    + " so make the two agree"));
  }

  @Test
  void detailsAndSubItems() {
    Section section =
        onlySection(
            "- [x] **Encryption at Rest**: AES-256",
            "  - CloudWatch Logs: AES-256",
            "  - S3 artifacts: AES-256",
            "- [x] **Alarms**: configured",
            "  - [x] error rate",
            "  - [ ] latency");

    assertThat(section.items()).hasSize(2);
    assertThat(section.items().get(0).details())
        .containsExactly("CloudWatch Logs: AES-256", "S3 artifacts: AES-256");
    assertThat(section.items().get(1).subItems())
        .extracting(ChecklistItem::line)
        .containsExactly(7, 8);
    assertThat(section.counts()).isEqualTo(new ItemCounts(3, 1, 0, 0));
  }

  @Test
  void unreadableMarkers() {
    Review review =
        read(lines("## Checks", "", "- [x] read", "", "-[x] glued", "", "- [ x ] spaced"));

    assertThat(review.sections().get(0).items()).hasSize(1);
    assertThat(review.notices())
        .extracting(ReaderNotice::line, ReaderNotice::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                5,
                "the task marker '-[x]' cannot be read and is not counted; write '- [x]' or"
                    + " '- [ ]' with a space after the dash and nothing else inside the brackets"),
            org.assertj.core.groups.Tuple.tuple(
                7,
                "the task marker '[ x ]' cannot be read and is not counted; write '- [x]' or"
                    + " '- [ ]' with a space after the dash and nothing else inside the brackets"));
  }

  @Test
  void statusColumn() {
    Section section =
        onlySection(
            "| # | Check | Result | Evidence |",
            "|---|---|---|---|",
            "| A1 | SSO only | PASS | export |",
            "| A2 | Second factor | FAIL | none |",
            "| A3 | Legacy path | N/A | removed |",
            "| A4 | Alerts routed | PASS |",
            "| A5 | Runbook | | |");

    assertThat(section.items())
        .extracting(ChecklistItem::text, ChecklistItem::state, ChecklistItem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SSO only", ItemState.DONE, 5),
            org.assertj.core.groups.Tuple.tuple("Second factor", ItemState.NOT_DONE, 6),
            org.assertj.core.groups.Tuple.tuple("Legacy path", ItemState.NOT_APPLICABLE, 7),
            org.assertj.core.groups.Tuple.tuple("Alerts routed", ItemState.DONE, 8),
            org.assertj.core.groups.Tuple.tuple("Runbook", ItemState.NOT_DONE, 9));
  }

  @Test
  void yesNoColumns() {
    Section section =
        onlySection(
            "| Control | Yes | No |",
            "|---|---|---|",
            "| Backups encrypted | X | |",
            "| Restore tested | | X |");

    assertThat(section.items())
        .extracting(ChecklistItem::text, ChecklistItem::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Backups encrypted", ItemState.DONE),
            org.assertj.core.groups.Tuple.tuple("Restore tested", ItemState.NOT_DONE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "✅; PASSED",
        "✅️; PASSED",
        "✔️; PASSED",
        "✓; PASSED",
        "☑️; PASSED",
        "🟢; PASSED",
        "[OK]; PASSED",
        "⚠️; WARNING",
        "⚠; WARNING",
        "🟡; WARNING",
        "❌; FAILED",
        "✖️; FAILED",
        "🔴; FAILED",
      })
  void sectionStatusMarks(String mark, SectionStatus status) {
    Review review = read(lines("## **3. DATA SECURITY** " + mark, "", "- [x] one"));

    Section section = review.sections().get(0);
    assertThat(section.title()).isEqualTo("Data Security");
    assertThat(section.number()).contains("3");
    assertThat(section.status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "YES; DONE",
        "✅; DONE",
        "Conforme; DONE",
        "NOT READY; NOT_DONE",
        "⬜; NOT_DONE",
        "Nicht erfüllt; NOT_DONE",
        "PARTIAL; PARTIAL",
        "🟡; PARTIAL",
        "N/A; NOT_APPLICABLE",
        "Sans objet; NOT_APPLICABLE",
      })
  void statusCellStates(String cell, ItemState state) {
    Section section = onlySection("| Check | Status |", "|---|---|", "| Backups | " + cell + " |");

    assertThat(section.items().get(0).state()).isEqualTo(state);
    assertThat(section.items().get(0).marker()).isEqualTo(cell);
  }

  @Test
  void struckThroughRowIsNotApplicable() {
    Section section =
        onlySection(
            "| Check | Status |",
            "|---|---|",
            "| ~~Legacy import~~ | PASS |",
            "| Backups | PASS |");

    assertThat(section.items())
        .extracting(ChecklistItem::text, ChecklistItem::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Legacy import", ItemState.NOT_APPLICABLE),
            org.assertj.core.groups.Tuple.tuple("Backups", ItemState.DONE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Status",
        "Result",
        "Pass/Fail",
        "Ready",
        "Done",
        "Compliant",
        "Statut",
        "Ergebnis",
        "Estado",
        "状态",
        "ステータス"
      })
  void statusColumnHeaders(String header) {
    Section section =
        onlySection(
            "| Check | " + header + " |", "|---|---|", "| Backups | PASS |", "| Restore | FAIL |");

    assertThat(section.items())
        .extracting(ChecklistItem::text, ChecklistItem::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Backups", ItemState.DONE),
            org.assertj.core.groups.Tuple.tuple("Restore", ItemState.NOT_DONE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"Yes; No; N/A", "Oui; Non; Sans objet", "Ja; Nein; Entfällt", "是; 否; 不适用"})
  void answerColumnsInEveryLanguage(String yes, String no, String notApplicable) {
    Section section =
        onlySection(
            "| Control | " + yes + " | " + no + " | " + notApplicable + " |",
            "|---|---|---|---|",
            "| Backups encrypted | X | | |",
            "| Restore tested | | x | |",
            "| Tape rotation | | | ✓ |",
            "| Runbook |");

    assertThat(section.items())
        .extracting(ChecklistItem::state)
        .containsExactly(
            ItemState.DONE, ItemState.NOT_DONE, ItemState.NOT_APPLICABLE, ItemState.NOT_DONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "[YES]; DONE",
        "[DONE]; DONE",
        "[NO]; NOT_DONE",
        "[NOT READY]; NOT_DONE",
        "[Conforme]; DONE",
        "[Teilweise]; PARTIAL",
        "[NA]; NOT_APPLICABLE",
      })
  void bracketStateWords(String marker, ItemState state) {
    Section section = onlySection("- " + marker + " backups tested");

    assertThat(section.items())
        .extracting(ChecklistItem::state, ChecklistItem::marker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(state, marker));
  }

  @Test
  void headingWithoutItemsIsNoSection() {
    Review review =
        read(lines("## Overview", "", "- a plain bullet", "", "## Checks", "", "- [x] one"));

    assertThat(review.sections()).extracting(Section::title).containsExactly("Checks");
  }
}
