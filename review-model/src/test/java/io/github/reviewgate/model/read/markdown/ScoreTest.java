package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads section scores, weights, the overall score and the risk level. */
class ScoreTest {

  @Test
  void scoreLineByPosition() {
    Review review =
        read(
            lines(
                "### 8. Disaster Recovery",
                "",
                "- [x] plan",
                "",
                "**DR Readiness Score**: 10/10 ✅",
                "",
                "**Note**: see below"));

    Section section = review.sections().get(0);
    assertThat(section.declaredScore().map(Score::text)).contains("10/10");
    assertThat(section.scoreLine()).isEqualTo(5);
    assertThat(review.notices()).isEmpty();
  }

  @Test
  void firstScoreWins() {
    Review review =
        read(
            lines(
                "## Network", "", "- [x] tls", "", "**Score:** 8/10  ", "**Network Score**: 9/10"));

    assertThat(review.sections().get(0).declaredScore().map(Score::text)).contains("8/10");
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                6,
                "section 'Network' already declares the score 8/10 on line 5, so 9/10 is"
                    + " ignored; keep one score line per section"));
  }

  @Test
  void scoreInHeading() {
    Review review = read(lines("## Security (36/40)", "", "- [x] tls"));

    Section section = review.sections().get(0);
    assertThat(section.title()).isEqualTo("Security");
    assertThat(section.declaredScore().map(Score::text)).contains("36/40");
    assertThat(section.scoreLine()).isEqualTo(1);
  }

  @Test
  void weight() {
    Review review = read(lines("## Network", "", "- [x] tls", "", "**Weight**: 2"));

    assertThat(review.sections().get(0).weight()).isEqualByComparingTo(new BigDecimal("2"));
  }

  @Test
  void weightDefaultsToOne() {
    Review review = read(lines("## Network", "", "- [x] tls", "", "**Weight**: heavy"));

    assertThat(review.sections().get(0).weight()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(
                5, "the weight 'heavy' is not a positive number, so the weight stays 1"));
  }

  @Test
  void overallScoreAndRisk() {
    Review review =
        read(
            lines(
                "## Network",
                "",
                "- [x] tls",
                "",
                "## Summary",
                "",
                "**Average Score**: 9.2/10 ✅",
                "",
                "**Overall Risk Level**: **LOW** ✅",
                "**Risk Score**: 1.2/10"));

    assertThat(review.overallScore().map(Score::text)).contains("9.2/10");
    assertThat(review.overallScoreLine()).isEqualTo(7);
    assertThat(review.riskLevel()).contains("LOW");
    assertThat(review.sections().get(0).declaredScore()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "9.5/10; 9.5",
        "4/5; 8",
        "92/100; 9.2",
        "85%; 8.5",
        "8,5/10; 8.5",
        "A- (92/100); 9.2",
        "**9/10** ✅; 9",
      })
  void scoreForms(String value, BigDecimal normalized) {
    Review review = read(lines("## Network", "", "- [x] tls", "", "**Score**: " + value));

    Score score = review.sections().get(0).declaredScore().orElseThrow();
    assertThat(score.normalized()).isEqualByComparingTo(normalized);
  }

  @Test
  void letterGradeAloneIsNoScore() {
    Review review = read(lines("## Network", "", "- [x] tls", "", "**Grade Score**: A-"));

    assertThat(review.sections().get(0).declaredScore()).isEmpty();
    assertThat(review.notices())
        .extracting(ReaderNotice::message)
        .containsExactly(
            "the score 'A-' of section \"Network\" is not a score within its scale, so the"
                + " section has no declared score; write it as 9.5/10, 4/5 or 85%");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Overall Score",
        "Total Score",
        "Note globale",
        "Gesamtpunktzahl",
        "Puntuación total",
        "総合スコア",
        "总分"
      })
  void overallScoreKeys(String key) {
    Review review =
        read(lines("## Network", "", "- [x] tls", "", "## Summary", "", "**" + key + "**: 9/10"));

    assertThat(review.overallScore().map(Score::text)).contains("9/10");
    assertThat(review.sections().get(0).declaredScore()).isEmpty();
  }

  @Test
  void riskScoreIsNoSectionScore() {
    Review review = read(lines("## Network", "", "- [x] tls", "", "**Risk Score**: 1.2/10"));

    assertThat(review.sections().get(0).declaredScore()).isEmpty();
  }

  @Test
  void scoreWithoutItems() {
    Review review =
        read(
            lines(
                "# Review",
                "",
                "**Score**: 7/10",
                "",
                "## Resilience",
                "",
                "**Resilience Score**: 8/10"));

    assertThat(review.sections()).extracting(Section::title).containsExactly("Resilience");
    assertThat(review.sections().get(0).items()).isEmpty();
    assertThat(review.sections().get(0).declaredScore().map(Score::text)).contains("8/10");
  }

  @Test
  void headingScoreWithoutItems() {
    Review review = read(lines("## Security (36/40)", "", "All checks passed."));

    assertThat(review.sections()).extracting(Section::title).containsExactly("Security");
  }
}
