package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the review date and resolves the next review date. */
class DateTest {

  private static Review withNextReview(String value) {
    return read(lines("# Review", "", "**Date**: 2026-02-08  ", "**Next Review**: " + value));
  }

  @Test
  void signOffDateWins() {
    Review review =
        read(lines("**Date**: 2026-02-01", "", "## Sign-Off", "", "**Date**: 2026-02-08"));

    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 2, 8));
    assertThat(review.reviewDateLine()).isEqualTo(5);
  }

  @Test
  void headerDateWithoutSignOffDate() {
    Review review =
        read(lines("**Date**: 2026-02-01", "", "## Sign-Off", "", "**Status**: Approved"));

    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 2, 1));
    assertThat(review.reviewDateLine()).isEqualTo(1);
  }

  @Test
  void nextReviewDate() {
    Review review = withNextReview("2026-05-08");

    assertThat(review.signOff().nextReview())
        .contains(new NextReview("2026-05-08", Optional.of(LocalDate.of(2026, 5, 8)), 4));
  }

  @Test
  void periodInDays() {
    assertThat(withNextReview("(90 days)").nextReviewDate()).contains(LocalDate.of(2026, 5, 9));
  }

  @Test
  void periodInMonths() {
    assertThat(withNextReview("3 months").nextReviewDate()).contains(LocalDate.of(2026, 5, 8));
  }

  @Test
  void dateWinsOverPeriod() {
    assertThat(withNextReview("2026-05-01 (90 days)").nextReviewDate())
        .contains(LocalDate.of(2026, 5, 1));
  }

  @Test
  void eventBasedText() {
    Review review = withNextReview("after the 2.0 release");

    assertThat(review.signOff().nextReview().map(NextReview::text))
        .contains("after the 2.0 release");
    assertThat(review.nextReviewDate()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                4,
                "Next Review 'after the 2.0 release' names no date or period after the review"
                    + " date, so only the maximum age applies; write a date such as 2026-05-08 or"
                    + " a period such as 90 days"));
  }

  @Test
  void periodWithoutReviewDate() {
    Review review = read(lines("**Next Review**: 90 days"));

    assertThat(review.nextReviewDate()).isEmpty();
    assertThat(review.notices()).extracting(ReaderNotice::line).containsExactly(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-02-08",
        "2026-02-08T10:15:00+09:00",
        "February 8, 2026",
        "8 February 2026",
        "Feb 8, 2026",
        "8 février 2026",
        "8. Februar 2026",
        "8 de febrero de 2026",
        "2026/02/08",
        "2026年2月8日",
        "08.02.2026",
      })
  void dateForms(String value) {
    Review review = read(lines("# Review", "", "**Date**: " + value));

    assertThat(review.reviewDate()).contains(LocalDate.of(2026, 2, 8));
    assertThat(review.notices()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"02/08/2026", "08.02.26", "Feb 8, 26", "2026-13-45"})
  void invalidDatesAreErrors(String value) {
    Review review =
        read(lines("# Review", "", "**Date**: " + value, "", "## Checks", "", "- [x] one"));

    assertThat(review.reviewDate()).isEmpty();
    assertThat(review.sections()).hasSize(1);
    assertThat(review.notices())
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.severity()).isEqualTo(ReaderNotice.Severity.ERROR);
              assertThat(notice.line()).isEqualTo(3);
              assertThat(notice.message())
                  .startsWith("Date '" + value + "' cannot be read as a date: ");
            });
  }
}
