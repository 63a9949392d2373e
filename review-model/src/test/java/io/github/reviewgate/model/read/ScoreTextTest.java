package io.github.reviewgate.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.Score;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTextTest {

  // French writes a decimal comma; parsing must not depend on it.
  @RegisterExtension static final DefaultLocale FRENCH = new DefaultLocale(Locale.FRANCE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "9.5/10; 9.5; 10; 9.5/10",
        "9.5/10 ✅; 9.5; 10; 9.5/10",
        "4/5; 4; 5; 4/5",
        "92/100; 92; 100; 92/100",
        "85%; 85; 100; 85%",
        "85 %; 85; 100; 85 %",
        "8,5/10; 8.5; 10; 8,5/10",
        "8,4/10; 8.4; 10; 8,4/10",
        "9.0/10 ✅; 9.0; 10; 9.0/10",
        "9.5 / 10; 9.5; 10; 9.5 / 10",
        "Grade: A- (92/100); 92; 100; 92/100",
        "6/10 ⚠️ (Acceptable for initial production); 6; 10; 6/10",
        "Security (36/40); 36; 40; 36/40",
        "9 out of 10; 9; 10; 9 out of 10",
        "36/40 points; 36; 40; 36/40",
        "18/21 tests passed (86%); 86; 100; 86%",
        "18/21 tests passed; 18; 21; 18/21",
        "reviewed 2026/02/08, scored 8/10; 8; 10; 8/10",
        "24/7 support, 9/10; 9; 10; 9/10",
      })
  void findScores(String text, BigDecimal value, BigDecimal scale, String written) {
    assertThat(ScoreText.find(text)).contains(new Score(value, scale, written));
  }

  @Test
  void findGradeNormalizesToNinePointTwo() {
    assertThat(ScoreText.find("Grade: A- (92/100)").orElseThrow().normalized())
        .isEqualByComparingTo("9.2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A-",
        "Grade: B+",
        "see below",
        "",
        "2026/02/08",
        "02/08/2026",
        "24/7",
        "TLS 1.2",
        "150%",
        "SECURE - Approved for Production"
      })
  void findNothing(String text) {
    assertThat(ScoreText.find(text)).isEmpty();
  }
}
