package io.github.reviewgate.scoring.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.scoring.Threshold;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {

  @ParameterizedTest
  @CsvSource({
    "9.25, 9.5, 9.25",
    "7, 7, 7",
    "7.000, 7, 7",
    "6.996, 7, 6.996",
    "6.9951, 7, 6.995",
    "7.004, 7, 7.004",
    "6.6667, 6.667, 6.6667",
    "6.666666666666666666666666666666667, 7, 6.67",
    "6.999999999999999999999999999999999, 7, 6.999999999999999999999999999999999",
    "10, 7, 10",
  })
  void numberAgainstLimit(String value, String limit, String shown) {
    assertThat(Messages.number(new BigDecimal(value), new BigDecimal(limit))).isEqualTo(shown);
  }

  @Test
  void numberRoundsToTwoDecimals() {
    assertThat(Messages.number(new BigDecimal("3.755"))).isEqualTo("3.76");
    assertThat(Messages.number(new BigDecimal("3.745"))).isEqualTo("3.74");
    assertThat(Messages.number(new BigDecimal("1E+1"))).isEqualTo("10");
  }

  @Test
  void thresholdNamesItsForm() {
    assertThat(Messages.threshold(Threshold.parse("7.0"), "review.minScore"))
        .isEqualTo("7 (set by review.minScore)");
    assertThat(Messages.threshold(Threshold.parse("75%"), "review.minScore"))
        .isEqualTo("7.5 (75%, set by review.minScore)");
    assertThat(Messages.threshold(Threshold.parse("4/5"), "review.minSectionScore"))
        .isEqualTo("8 (4/5, set by review.minSectionScore)");
  }

  @Test
  void checksCountsPartial() {
    assertThat(Messages.checks(new ItemCounts(3, 5, 0, 2))).isEqualTo("checks 3 of 8");
    assertThat(Messages.checks(new ItemCounts(3, 3, 2, 0))).isEqualTo("checks 3 of 8, 2 partly");
  }

  @Test
  void prefixAndDays() {
    assertThat(Messages.prefix(Path.of("docs", "REVIEW.md"), 12))
        .isEqualTo(Path.of("docs", "REVIEW.md") + ":12: ");
    assertThat(Messages.prefix(Path.of("REVIEW.md"), 0)).isEqualTo("REVIEW.md: ");
    assertThat(Messages.days(1)).isEqualTo("1 day");
    assertThat(Messages.days(0)).isEqualTo("0 days");
  }
}
