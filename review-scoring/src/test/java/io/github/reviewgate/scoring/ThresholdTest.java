package io.github.reviewgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

  @ParameterizedTest
  @CsvSource({
    "7, 7",
    "7.5, 7.5",
    "0, 0",
    "10, 10",
    "7.5/10, 7.5",
    "4/5, 8",
    "92/100, 9.2",
    "75%, 7.5",
    "100%, 10",
    "' 8 / 10 ', 8",
  })
  void parseForms(String text, String points) {
    Threshold threshold = Threshold.parse(text);

    assertThat(threshold.points()).isEqualByComparingTo(points);
    assertThat(threshold.text()).isEqualTo(text.strip());
  }

  @Test
  void parseBareNumberAboveTen() {
    assertThatThrownBy(() -> Threshold.parse("75"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\"75\" is outside 0..10; thresholds are points out of 10, so write 75% for a"
                + " percentage");
  }

  @Test
  void parseNotANumber() {
    assertThatThrownBy(() -> Threshold.parse("high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "\"high\" is not a score threshold; write points out of 10 (7.5), a fraction (7.5/10,"
                + " 4/5) or a percentage (75%)");
  }

  @Test
  void parseNegative() {
    assertThatThrownBy(() -> Threshold.parse("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"-1\" is not a score threshold");
  }

  @Test
  void parseDecimalCommaRejected() {
    assertThatThrownBy(() -> Threshold.parse("7,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("\"7,5\" is not a score threshold");
  }

  @Test
  void parsePercentOverHundred() {
    assertThatThrownBy(() -> Threshold.parse("120%"))
        .hasMessage("\"120%\" is over 100%; write a percentage from 0% to 100%");
  }

  @Test
  void parseFractionAboveScale() {
    assertThatThrownBy(() -> Threshold.parse("11/10"))
        .hasMessage("\"11/10\" is more than its scale; write a fraction such as 7.5/10 or 4/5");
  }

  @Test
  void parseFractionOutOfZero() {
    assertThatThrownBy(() -> Threshold.parse("0/0"))
        .hasMessage("\"0/0\" is out of 0; write a fraction such as 7.5/10 or 4/5");
  }

  @Test
  void parseFractionWithoutExactDecimal() {
    assertThatThrownBy(() -> Threshold.parse("2/3"))
        .hasMessage(
            "\"2/3\" has no exact decimal value out of 10; write the points out of 10, such as"
                + " 6.67");
  }

  @Test
  void parseIgnoresDefaultLocale() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);

      assertThat(Threshold.parse("7.5").points()).isEqualByComparingTo(new BigDecimal("7.5"));
      assertThat(Threshold.parse("7.5/10").points()).isEqualByComparingTo("7.5");
    } finally {
      Locale.setDefault(previous);
    }
  }
}
