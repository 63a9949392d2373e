package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SignOffStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the sign-off part in every form and combines the statuses it states. */
class SignOffTest {

  @Test
  void fields() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "## Sign-Off",
                "",
                "**Decision**: **NOT APPROVED**  ",
                "**Reviewed By**: Security Lead, Data Protection Officer  ",
                "**Date**: 2026-07-20"));

    SignOff signOff = review.signOff();
    assertThat(signOff.status()).contains(SignOffStatus.REJECTED);
    assertThat(signOff.statusLine()).isEqualTo(5);
    assertThat(signOff.reviewers()).containsExactly("Security Lead", "Data Protection Officer");
    assertThat(signOff.date()).contains(LocalDate.of(2026, 7, 20));
    assertThat(review.reviewDateLine()).isEqualTo(7);
  }

  @Test
  void approverTable() {
    Review review =
        read(
            lines(
                "## Sign-Off",
                "",
                "**Decision**: APPROVED WITH CONDITIONS",
                "",
                "| Role | Approval | Date |",
                "|---|---|---|",
                "| Security Architect | Approved with conditions | 2026-06-03 |",
                "| SRE Lead | Approved | 2026-06-02 |",
                "| Program Owner | Pending | |",
                "",
                "**Conditions**:",
                "",
                "1. Per-tier secrets before the Q3 release.",
                "2. Circuit breaker within 30 days."));

    SignOff signOff = review.signOff();
    assertThat(signOff.status()).contains(SignOffStatus.PENDING);
    assertThat(signOff.statusLine()).isEqualTo(9);
    assertThat(signOff.date()).contains(LocalDate.of(2026, 6, 3));
    assertThat(signOff.reviewers())
        .containsExactly("Security Architect", "SRE Lead", "Program Owner");
    assertThat(signOff.conditions())
        .containsExactly(
            "Per-tier secrets before the Q3 release.", "Circuit breaker within 30 days.");
    assertThat(review.notices()).isEmpty();
  }

  @Test
  void conditionsKeepApproval() {
    Review review =
        read(
            lines(
                "## Sign-off",
                "",
                "**Status**: Approved",
                "",
                "**Conditions**:",
                "",
                "- Monitor metrics"));

    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
    assertThat(review.signOff().conditions()).containsExactly("Monitor metrics");
  }

  @Test
  void checkboxItems() {
    Review review = read(lines("## Signoff", "", "- [x] Security Lead", "- [ ] Product Owner"));

    assertThat(review.signOff().status()).contains(SignOffStatus.PENDING);
    assertThat(review.signOff().reviewers()).containsExactly("Security Lead", "Product Owner");
    assertThat(review.sections()).isEmpty();
  }

  @Test
  void lastSignOffHeadingGoverns() {
    Review review =
        read(
            lines(
                "## Sign-off process",
                "",
                "**Status**: Rejected",
                "",
                "## Sign-Off",
                "",
                "**Status**: Approved"));

    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Sign-Off", "Sign off", "Signoff", "7. Sign-off ✅", "Approval", "Authorization"})
  void signOffHeadingForms(String heading) {
    Review review =
        read(
            lines(
                "**Status**: Pending",
                "",
                "## " + heading,
                "",
                "**Status**: Approved",
                "**Date**: 2026-04-14"));

    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
    assertThat(review.signOff().statusLine()).isEqualTo(5);
    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 4, 14));
  }

  @Test
  void approvalHeading() {
    Review review =
        read(
            lines(
                "## Approval Checklist",
                "",
                "- [x] change record",
                "",
                "## Approval",
                "",
                "**Status**: Approved",
                "**Date**: 2026-04-14"));

    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
    assertThat(review.signOff().date()).contains(LocalDate.of(2026, 4, 14));
    assertThat(review.sections()).hasSize(1);
  }

  @Test
  void headerStandsIn() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Date**: 2026-09-07  ",
                "**Status**: APPROVED  ",
                "**Reviewer**: Lead"));

    SignOff signOff = review.signOff();
    assertThat(signOff.status()).contains(SignOffStatus.APPROVED);
    assertThat(signOff.statusLine()).isEqualTo(4);
    assertThat(signOff.date()).contains(LocalDate.of(2026, 9, 7));
    assertThat(signOff.reviewers()).containsExactly("Lead");
  }

  @Test
  void differentStatusesWarnOnce() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Status**: Approved",
                "",
                "## Sign-Off",
                "",
                "**Decision**: Not approved yet"));

    assertThat(review.signOff().status()).contains(SignOffStatus.REJECTED);
    assertThat(review.status()).contains(SignOffStatus.APPROVED);
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                7,
                "the review states different statuses: approved (line 3), rejected (line 7);"
                    + " rejected on line 7 governs, so make the statuses agree"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Approved; APPROVED",
        "PASSED; APPROVED",
        "Accepted; APPROVED",
        "GO; APPROVED",
        "Authorized; APPROVED",
        "Certified; APPROVED",
        "Approved for launch; APPROVED",
        "✅ APPROVED FOR PRODUCTION; APPROVED",
        "Approuvé; APPROVED",
        "Approved with conditions; CONDITIONAL",
        "Conditional; CONDITIONAL",
        "Rejected; REJECTED",
        "Failed; REJECTED",
        "Not approved; REJECTED",
        "❌ **NOT APPROVED**; REJECTED",
        "No-Go; REJECTED",
        "Withheld; REJECTED",
        "Not approved yet; REJECTED",
        "Pending; PENDING",
        "Draft; PENDING",
        "In review; PENDING",
        "In progress; PENDING",
      })
  void statusWords(String value, SignOffStatus status) {
    Review review = read(lines("## Sign-Off", "", "**Status**: " + value));

    assertThat(review.signOff().status()).contains(status);
  }

  @Test
  void unmappedStatusGoesToMetadata() {
    Review review =
        read(
            lines(
                "## Sign-Off",
                "",
                "**Status**: Approved",
                "",
                "## Appendix",
                "",
                "**Document Status**: FINAL"));

    assertThat(review.signOff().status()).contains(SignOffStatus.APPROVED);
    assertThat(review.metadata()).extracting(Field::value).containsExactly("FINAL");
    assertThat(review.notices()).isEmpty();
  }
}
