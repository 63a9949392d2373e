package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreDisplayTest {

  private static String format(String score) {
    return ScoreDisplay.format(new BigDecimal(score));
  }

  private static String format(String score, String threshold) {
    return ScoreDisplay.format(new BigDecimal(score), new BigDecimal(threshold));
  }

  @Test
  void atMostTwoDecimals() {
    assertThat(format("9.25")).isEqualTo("9.25");
    assertThat(format("9.0250")).isEqualTo("9.02");
    assertThat(format("8.875")).isEqualTo("8.88");
    assertThat(format("10")).isEqualTo("10");
    assertThat(format("7.0")).isEqualTo("7");
  }

  @Test
  void moreDecimalsWhenRoundingMeetsThreshold() {
    assertThat(format("6.996", "7")).isEqualTo("6.996");
    assertThat(format("7.0004", "7")).isEqualTo("7.0004");
    assertThat(format("9.2499", "9.25")).isEqualTo("9.2499");
  }

  @Test
  void twoDecimalsWhenVerdictIsClear() {
    assertThat(format("9.25", "9.5")).isEqualTo("9.25");
    assertThat(format("7", "7.0")).isEqualTo("7");
    assertThat(format("8.875", "7")).isEqualTo("8.88");
  }
}
