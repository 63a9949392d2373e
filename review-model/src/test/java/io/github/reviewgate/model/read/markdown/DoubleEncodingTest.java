package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoubleEncodingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "### 1. IAM Security âœ…; âœ…",
        "**Statut** : ApprouvÃ©; Ã©",
        "**Status**: â\u009D\u008C NOT APPROVED; â\u009D\u008C",
        "Data â€” Security; â€”",
        "Prüfer: MÃ¼ller; Ã¼",
        "Score: 9/10 Ã¢Å“â€¦; Ã¢",
      })
  void findMojibake(String line, String expected) {
    assertThat(DoubleEncoding.find(line)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "✅ ⚠️ 🟡 emoji",
        "Approuvé, évalué, à l'été",
        "Prüfer: Müller, Größe, Maß",
        "承認済み 已通过",
        "São Paulo",
        "naïve façade",
        "« Réservations navettes »",
        ""
      })
  void findNothingInCleanText(String line) {
    assertThat(DoubleEncoding.find(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"✅", "⚠️", "❌", "🟡", "é", "ü", "承認", "—", "’"})
  void findRoundTripOfWindows1252(String original) {
    String mangled =
        new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertThat(DoubleEncoding.find("Status: " + mangled)).isPresent();
  }
}
