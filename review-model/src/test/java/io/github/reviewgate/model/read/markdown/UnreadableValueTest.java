package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reports a score line or date field whose value cannot be what its key says. */
class UnreadableValueTest {

  @ParameterizedTest
  @ValueSource(strings = {"19/10", "N/A", "ten"})
  void score(String value) {
    Review review =
        read(
            lines(
                "## Identity and Access",
                "",
                "- [x] MFA for admins",
                "",
                "**Identity and Access Score**: " + value));

    assertThat(review.sections().get(0).declaredScore()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                5,
                "the score '"
                    + value
                    + "' of section \"Identity and Access\" is not a score within its scale, so"
                    + " the section has no declared score; write it as 9.5/10, 4/5 or 85%"));
  }

  @Test
  void proseIsNoScoreAttempt() {
    Review review =
        read(lines("## Recovery", "", "- [x] plan", "", "**Rating**: see the appendix"));

    assertThat(review.notices()).isEmpty();
  }

  @Test
  void headerDate() {
    Review review = read(lines("# Review", "", "**Date**: sometime soon"));

    assertThat(review.reviewDate()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                3,
                "Date 'sometime soon' contains no date, so it reads as absent; write it as "
                    + DateText.ACCEPTED_FORMS));
  }

  @Test
  void signOffDate() {
    Review review =
        read(
            lines("# Review", "", "## Sign-Off", "", "**Decision**: APPROVED  ", "**Date**: soon"));

    assertThat(review.signOff().date()).isEmpty();
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                6,
                "Date 'soon' contains no date, so it reads as absent; write it as "
                    + DateText.ACCEPTED_FORMS));
  }

  @Test
  void placeholderWarnedOnce() {
    Review review = read(lines("# Review", "", "**Date**: YYYY-MM-DD"));

    assertThat(review.notices()).hasSize(1);
    assertThat(review.notices().get(0).message()).contains("placeholder");
  }
}
