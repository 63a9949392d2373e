package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.SignOffStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads header fields in every form a review writes them. */
class HeaderFieldTest {

  private static final LocalDate DATE = LocalDate.of(2026, 2, 8);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "**Date**: 2026-02-08",
        "**Date:** 2026-02-08",
        "Date: 2026-02-08",
        "- **Date**: 2026-02-08",
        "> **Date**: 2026-02-08",
        "**Date**：2026-02-08",
        "**Date** : 2026-02-08",
        "__Date__: 2026-02-08",
        "**Review Date**: `2026-02-08`  "
      })
  void dateForms(String line) {
    Review review = read(lines("# Review", "", line));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.reviewDateLine()).isEqualTo(3);
  }

  @Test
  void linesWithoutHardBreaks() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Service:** courier-dispatch",
                "**Review Date:** 2026-02-08",
                "**Reviewer:** Reliability Lead",
                "**Decision:** Approved",
                "**Next Review:** 2026-05-08"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.reviewDateLine()).isEqualTo(4);
    assertThat(review.status()).contains(SignOffStatus.APPROVED);
    assertThat(review.signOff().reviewers()).containsExactly("Reliability Lead");
    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 5, 8));
    assertThat(review.signOff().nextReview().orElseThrow().line()).isEqualTo(7);
    assertThat(review.metadata())
        .containsExactly(new Field("Service", "courier-dispatch", "courier-dispatch", 3));
  }

  @Test
  void blockquoteHeader() {
    Review review =
        read(lines("# Review", "", "> **Review Date**: 2026-02-08", "> **Reviewer**: Architect"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.signOff().reviewers()).containsExactly("Architect");
  }

  @Test
  void pairsSeparatedByBars() {
    Review review =
        read(
            lines("# Review", "", "**Tier:** 1 | **Region:** eu-central-1 | **Date:** 2026-02-08"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.metadata())
        .extracting(Field::key, Field::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tier", "1"),
            org.assertj.core.groups.Tuple.tuple("Region", "eu-central-1"));
  }

  @Test
  void fieldValueTable() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "| Field | Value |",
                "|---|---|",
                "| Service | tenant-portal |",
                "| Review Date | 2026-02-08 |",
                "| Status | Approved |"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.reviewDateLine()).isEqualTo(6);
    assertThat(review.status()).contains(SignOffStatus.APPROVED);
    assertThat(review.metadata()).extracting(Field::key).containsExactly("Service");
  }

  @Test
  void statusCleanedOfBold() {
    Review review = read(lines("# Review", "", "**Status**: ✅ **APPROVED** (2026-02-08)"));

    assertThat(review.status()).contains(SignOffStatus.APPROVED);
  }

  @Test
  void unmappedStatusIsMetadata() {
    Review review = read(lines("# Review", "", "**Document Status**: FINAL"));

    assertThat(review.status()).isEmpty();
    assertThat(review.metadata()).extracting(Field::value).containsExactly("FINAL");
    assertThat(review.notices()).isEmpty();
  }

  @Test
  void placeholdersReadAsAbsent() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Date**: YYYY-MM-DD  ",
                "**Reviewer**: [Name]  ",
                "**Next Review**: {{next_review_date}}"));

    assertThat(review.reviewDate()).isEmpty();
    assertThat(review.signOff().reviewers()).isEmpty();
    assertThat(review.signOff().nextReview()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "Date holds the template placeholder 'YYYY-MM-DD', so it reads as absent;"
                    + " fill in the template"),
            ReaderNotice.warning(
                4,
                "Reviewer holds the template placeholder '[Name]', so it reads as absent;"
                    + " fill in the template"),
            ReaderNotice.warning(
                5,
                "Next Review holds the template placeholder '{{next_review_date}}', so it reads"
                    + " as absent; fill in the template"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "**Datum**: 8. Februar 2026",
        "**Fecha**: 8 de febrero de 2026",
        "**Date de revue** : 8 février 2026",
        "**日付**: 2026年2月8日",
        "**审计日期**：2026年2月8日",
        "**Assessment Date**: Feb 8, 2026",
        "**Last Updated**: 8 February 2026",
      })
  void dateKeysInEveryLanguage(String line) {
    Review review = read(lines("# Review", "", line));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.metadata()).isEmpty();
  }

  @Test
  void longestSynonymWins() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Review Date**: 2026-02-08  ",
                "**Next Review Date**: 2026-05-08  ",
                "**Security Review Status**: Approved  ",
                "**Statut** : Approuvé  ",
                "**批准人**: 张伟  ",
                "**Score global**: 8/10"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 5, 8));
    assertThat(review.status()).contains(SignOffStatus.APPROVED);
    assertThat(review.signOff().reviewers()).containsExactly("张伟");
    assertThat(review.overallScore().map(Score::text)).contains("8/10");
    assertThat(review.metadata()).isEmpty();
  }

  @Test
  void keysIgnoreCaseSpacesAndSeparators() {
    Review review =
        read(lines("# Review", "", "**review_date**: 2026-02-08  ", "**nextReview**: 2026-05-08"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.nextReviewDate()).contains(LocalDate.of(2026, 5, 8));
  }

  @Test
  void metadataKeepsRawValue() {
    Review review = read(lines("# Review", "", "**Owner**: ✅ **Platform** team, `core`"));

    assertThat(review.metadata())
        .containsExactly(
            new Field("Owner", "Platform team, core", "✅ **Platform** team, `core`", 3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Name]",
        "[Date]",
        "TBD",
        "(Pending)",
        "____",
        "YYYY-MM-DD",
        "${reviewer}",
        "{{reviewer}}"
      })
  void placeholderForms(String placeholder) {
    Review review = read(lines("# Review", "", "**Reviewer**: " + placeholder));

    assertThat(review.signOff().reviewers()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "Reviewer holds the template placeholder '"
                    + placeholder
                    + "', so it reads as absent; fill in the template"));
  }

  @Test
  void proseIsNoField() {
    Review review =
        read(lines("# Review", "", "This review covers the gateway: see the runbook for details."));

    assertThat(review.metadata()).isEmpty();
  }

  @Test
  void headerEndsAtFirstChecklist() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Owner**: Platform",
                "",
                "## Checks",
                "",
                "- [x] one",
                "",
                "## Notes",
                "",
                "**Region**: eu-west-1"));

    assertThat(review.metadata()).extracting(Field::key).containsExactly("Owner");
  }

  @Test
  void headerUnderChecklistTitle() {
    Review review =
        read(lines("# Launch Checklist", "", "**Date**: 2026-02-08", "", "- [x] one", "- [ ] two"));

    assertThat(review.reviewDate()).contains(DATE);
    assertThat(review.sections()).hasSize(1);
    assertThat(review.sections().get(0).counts().total()).isEqualTo(2);
  }
}
