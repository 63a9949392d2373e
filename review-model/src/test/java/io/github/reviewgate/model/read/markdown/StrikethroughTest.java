package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.SignOffStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads struck-through text in a field's value as retracted. */
class StrikethroughTest {

  @ParameterizedTest
  @ValueSource(strings = {"~~APPROVED~~ REJECTED", "~~**APPROVED**~~ **REJECTED**"})
  void headerStatus(String value) {
    Review review = read(lines("# Review", "", "**Status**: " + value));

    assertThat(review.status()).contains(SignOffStatus.REJECTED);
    assertThat(review.signOff().status()).contains(SignOffStatus.REJECTED);
  }

  @Test
  void signOffFields() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "## Sign-Off",
                "",
                "**Decision**: ~~APPROVED~~ NOT APPROVED  ",
                "**Reviewed By**: ~~Ada Lovelace~~ Grace Hopper  ",
                "**Date**: ~~2026-07-20~~ 2026-07-27"));

    assertThat(review.signOff().status()).contains(SignOffStatus.REJECTED);
    assertThat(review.signOff().reviewers()).containsExactly("Grace Hopper");
    assertThat(review.signOff().date()).contains(LocalDate.of(2026, 7, 27));
  }

  @Test
  void scoreLine() {
    Review review =
        read(
            lines(
                "## Identity and Access",
                "",
                "- [x] MFA for admins",
                "",
                "**Identity and Access Score**: ~~9.5/10~~ 4/10"));

    Score score = review.sections().get(0).declaredScore().orElseThrow();
    assertThat(score.value()).isEqualByComparingTo(new BigDecimal(4));
    assertThat(score.scale()).isEqualByComparingTo(BigDecimal.TEN);
  }

  @Test
  void wholeValueStruck() {
    Review review = read(lines("# Review", "", "**Status**: ~~APPROVED~~"));

    assertThat(review.status()).isEmpty();
  }

  @Test
  void fieldTable() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "| Field | Value |",
                "|---|---|",
                "| Status | ~~APPROVED~~ REJECTED |"));

    assertThat(review.status()).contains(SignOffStatus.REJECTED);
  }

  @Test
  void approverTable() {
    Review review =
        read(
            lines(
                "## Sign-Off",
                "",
                "| Role | Name | Status |",
                "|---|---|---|",
                "| Security | Ada | ~~Approved~~ Rejected |",
                "| Platform | ~~Alan~~ Grace | Approved |"));

    assertThat(review.signOff().status()).contains(SignOffStatus.REJECTED);
    assertThat(review.signOff().reviewers()).containsExactly("Ada", "Grace");
  }

  @Test
  void whollyStruckRowKeepsText() {
    Review review =
        read(lines("## Access", "", "| Check | Done |", "|---|---|", "| ~~MFA for admins~~ | ✅ |"));

    assertThat(review.sections().get(0).items())
        .extracting(ChecklistItem::text)
        .containsExactly("MFA for admins");
  }

  @Test
  void rawKept() {
    Review review = read(lines("# Review", "", "**Owner**: ~~Payments~~ Platform team"));

    assertThat(review.metadata())
        .containsExactly(new Field("Owner", "Platform team", "~~Payments~~ Platform team", 3));
  }
}
