package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTextTest {

  private static final PeriodText PERIODS = new PeriodText(Vocabulary.bundled());

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "(90 days); P90D",
        "90 days; P90D",
        "3 months; P3M",
        "in 6 weeks; P42D",
        "1 year; P1Y",
        "48 hours; P2D",
        "Quarterly; P3M",
        "annually; P1Y",
        "6 Monate; P6M",
        "90 jours; P90D",
        "3 meses; P3M",
        "3ヶ月後; P3M",
        "90日後; P90D",
        "3个月后; P3M",
        "每季度; P3M",
      })
  void findPeriods(String text, Period expected) {
    assertThat(PERIODS.find(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"after deployment", "after release 2.0", "TBD", ""})
  void findEventBasedText(String text) {
    assertThat(PERIODS.find(text)).isEmpty();
  }
}
