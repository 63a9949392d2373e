package io.github.reviewgate.scoring;

import static io.github.reviewgate.scoring.ReviewBuilder.done;
import static io.github.reviewgate.scoring.ReviewBuilder.notApplicable;
import static io.github.reviewgate.scoring.ReviewBuilder.notDone;
import static io.github.reviewgate.scoring.ReviewBuilder.partial;
import static io.github.reviewgate.scoring.ReviewBuilder.review;
import static io.github.reviewgate.scoring.ReviewBuilder.score;
import static io.github.reviewgate.scoring.ReviewBuilder.section;
import static io.github.reviewgate.scoring.ReviewBuilder.weighted;
import static io.github.reviewgate.scoring.ReviewBuilder.withSubItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Review;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private static final ScoringPolicy DECLARED = ScoringPolicy.DEFAULT;
  private static final ScoringPolicy COMPUTED = new ScoringPolicy(ScoreSource.COMPUTED, Map.of());
  private static final ScoringPolicy LOWER = new ScoringPolicy(ScoreSource.LOWER, Map.of());

  @Test
  void computedCountsPartialAsHalf() {
    Review review =
        review()
            .section(section("Data", 1, done(2), partial(3), notDone(4), notApplicable(5)))
            .build();

    SectionScore score = Scorecard.of(review, DECLARED).sections().get(0);

    assertThat(score.computed()).contains(new BigDecimal("5"));
    assertThat(score.scored()).isTrue();
    assertThat(score.source()).contains(ScoreSource.COMPUTED);
  }

  @Test
  void computedCountsSubItems() {
    Review review =
        review()
            .section(section("Data", 1, withSubItems(done(2), notDone(3), notDone(4)), done(5)))
            .build();

    SectionScore score = Scorecard.of(review, DECLARED).sections().get(0);

    assertThat(score.counts()).isEqualTo(new ItemCounts(2, 2, 0, 0));
    assertThat(score.computed()).contains(new BigDecimal("5"));
  }

  @Test
  void computedNonTerminating() {
    Review review = review().section(section("Data", 1, done(2), notDone(3), notDone(4))).build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.overall().orElseThrow().toPlainString())
        .isEqualTo("3.333333333333333333333333333333333");
  }

  @Test
  void onlyNotApplicableHasNoComputedScore() {
    Review review = review().section(section("Data", 1, notApplicable(2))).build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.sections().get(0).computed()).isEmpty();
    assertThat(scorecard.sections().get(0).scored()).isFalse();
    assertThat(scorecard.overall()).isEmpty();
  }

  @Test
  void declaredSectionsOnlyWhenAnyDeclares() {
    Review review =
        review()
            .section(section("Access", 1, score("9/10"), 5, done(2), notDone(3)))
            .section(section("Recommendations", 10, done(11), done(12)))
            .build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.sections()).extracting(SectionScore::scored).containsExactly(true, false);
    assertThat(scorecard.sections().get(1).score()).isEmpty();
    assertThat(scorecard.sections().get(1).computed()).contains(BigDecimal.TEN);
    assertThat(scorecard.overall()).contains(new BigDecimal("9"));
    assertThat(scorecard.scoredCounts()).isEqualTo(new ItemCounts(1, 1, 0, 0));
  }

  @Test
  void declaredWithoutItemsUsesDeclared() {
    Review review =
        review()
            .section(section("Access", 1, score("6/10"), 2))
            .section(section("Data", 5, score("10/10"), 9, done(6), notDone(7)))
            .build();

    Scorecard scorecard = Scorecard.of(review, COMPUTED);

    assertThat(scorecard.sections())
        .extracting(SectionScore::source)
        .containsExactly(Optional.of(ScoreSource.DECLARED), Optional.of(ScoreSource.COMPUTED));
    assertThat(scorecard.overall()).contains(new BigDecimal("5.5"));
  }

  @Test
  void sourcePolicies() {
    Review review =
        review()
            .section(section("High", 1, score("9/10"), 4, done(2), notDone(3)))
            .section(section("Low", 5, score("4/10"), 8, done(6), done(7)))
            .build();

    assertThat(Scorecard.of(review, DECLARED).overall()).contains(new BigDecimal("6.5"));
    assertThat(Scorecard.of(review, COMPUTED).overall()).contains(new BigDecimal("7.5"));
    assertThat(Scorecard.of(review, LOWER).overall()).contains(new BigDecimal("4.5"));
    assertThat(Scorecard.of(review, LOWER).sections())
        .extracting(SectionScore::source)
        .containsExactly(Optional.of(ScoreSource.COMPUTED), Optional.of(ScoreSource.DECLARED));
  }

  @Test
  void declaredScalesNormalise() {
    Review review =
        review()
            .section(section("A", 1, score("92/100"), 2))
            .section(section("B", 3, score("85%"), 4))
            .section(section("C", 5, score("4/5"), 6))
            .build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.sections())
        .extracting(score -> score.score().orElseThrow().stripTrailingZeros().toPlainString())
        .containsExactly("9.2", "8.5", "8");
    assertThat(scorecard.overall().orElseThrow())
        .isEqualByComparingTo("8.566666666666666666666666666666667");
  }

  @Test
  void reviewWeights() {
    Review review =
        review()
            .section(weighted(section("A", 1, score("10/10"), 2), "3"))
            .section(section("B", 3, score("6/10"), 4))
            .build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.totalWeight()).isEqualByComparingTo("4");
    assertThat(scorecard.weightedSum()).isEqualByComparingTo("36");
    assertThat(scorecard.overall().orElseThrow()).isEqualByComparingTo("9");
  }

  @Test
  void policyWeightsIgnoreCase() {
    Review review =
        review()
            .section(weighted(section("Access Control", 1, score("10/10"), 2), "3"))
            .section(section("Data", 3, score("6/10"), 4))
            .build();
    ScoringPolicy policy =
        new ScoringPolicy(ScoreSource.DECLARED, Map.of("access CONTROL", BigDecimal.ONE));

    Scorecard scorecard = Scorecard.of(review, policy);

    assertThat(scorecard.sections().get(0).weight()).isEqualByComparingTo("1");
    assertThat(scorecard.overall().orElseThrow()).isEqualByComparingTo("8");
  }

  @Test
  void policyRejectsNegativeWeight() {
    assertThatThrownBy(
            () -> new ScoringPolicy(ScoreSource.DECLARED, Map.of("Data", new BigDecimal("-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weight of section \"Data\" is -1; weights must be 0 or more");
  }

  @Test
  void declaredOverallWhenNothingScored() {
    Review review =
        review().section(section("Empty", 1, notApplicable(2))).overall("8.5/10", 20).build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.fromDeclaredOverall()).isTrue();
    assertThat(scorecard.overall()).contains(new BigDecimal("8.5"));
    assertThat(scorecard.meets(Threshold.parse("8.5"))).isTrue();
    assertThat(scorecard.meets(Threshold.parse("8.6"))).isFalse();
  }

  @Test
  void declaredOverallIgnoredWhenSectionsScored() {
    Review review =
        review().section(section("Data", 1, done(2), notDone(3))).overall("9/10", 20).build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.fromDeclaredOverall()).isFalse();
    assertThat(scorecard.overall()).contains(new BigDecimal("5"));
  }

  @Test
  void meetsEqualThreshold() {
    Review review = review().section(section("A", 1, score("7/10"), 2)).build();

    assertThat(Scorecard.of(review, DECLARED).meets(Threshold.parse("7"))).isTrue();
    assertThat(Scorecard.of(review, DECLARED).meets(Threshold.parse("7.0001"))).isFalse();
  }

  @Test
  void meetsWhereDoubleMeanFallsShort() {
    // In double, (8.6 + 8.7 + 3.7) / 3 is 6.999999999999999.
    assertThat((8.6 + 8.7 + 3.7) / 3).isLessThan(7.0);
    Review review =
        review()
            .section(section("A", 1, score("8.6/10"), 2))
            .section(section("B", 3, score("8.7/10"), 4))
            .section(section("C", 5, score("3.7/10"), 6))
            .build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.meets(Threshold.parse("7"))).isTrue();
    assertThat(scorecard.overall()).contains(new BigDecimal("7"));
  }

  @Test
  void meetsWhereRoundedThirdsFallShort() {
    // Three sections at 10/3 and one at 10 average exactly 5; summing the three rounded to 34
    // digits would give 19.999...9 and fail.
    Review review =
        review()
            .section(section("A", 1, done(2), notDone(3), notDone(4)))
            .section(section("B", 5, done(6), notDone(7), notDone(8)))
            .section(section("C", 9, done(10), notDone(11), notDone(12)))
            .section(section("D", 13, done(14)))
            .build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.meets(Threshold.parse("5"))).isTrue();
    assertThat(scorecard.meets(Threshold.parse("5.0000000000000000000000000000000001"))).isFalse();
  }

  @Test
  void declaredExceedsComputed() {
    Review review =
        review()
            .section(
                section(
                    "Over",
                    1,
                    score("6/10"),
                    9,
                    done(2),
                    done(3),
                    done(4),
                    notDone(5),
                    notDone(6),
                    notDone(7),
                    notDone(8),
                    notDone(9)))
            .section(section("Edge", 10, score("6/10"), 12, done(11), notDone(12)))
            .build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.sections().get(0).declaredExceedsComputedBy(BigDecimal.ONE)).isTrue();
    assertThat(scorecard.sections().get(1).declaredExceedsComputedBy(BigDecimal.ONE)).isFalse();
  }

  @Test
  void differsFromDeclaredOverall() {
    Review review = review().section(section("A", 1, score("9.25/10"), 2)).build();

    Scorecard scorecard = Scorecard.of(review, DECLARED);

    assertThat(scorecard.differsFrom(new BigDecimal("9.2"), new BigDecimal("0.05"))).isFalse();
    assertThat(scorecard.differsFrom(new BigDecimal("9.3"), new BigDecimal("0.05"))).isFalse();
    assertThat(scorecard.differsFrom(new BigDecimal("9.19"), new BigDecimal("0.05"))).isTrue();
  }
}
