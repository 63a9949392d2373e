package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "✅ **APPROVED** (2026-02-08); APPROVED (2026-02-08)",
        "❌ **NOT APPROVED**; NOT APPROVED",
        "⚠️ Partial; Partial",
        "⚠ Partial; Partial",
        "✔️ done; done",
        "✔ done; done",
        "☑️ ok; ok",
        "🟢 green 🟡 amber 🔴 red; green amber red",
        "👩‍💻 Platform lead; Platform lead",
        "👍🏽 fine; fine",
        "1️⃣ first; first",
        "🇫🇷 Paris; Paris",
        "__bold__ and `code`; bold and code",
        "snake_case_name; snake_case_name",
        "a  \t b; a b",
        "**Statut** : Approuvé; Statut : Approuvé",
        "承認済み ✅; 承認済み",
        "状态：已通过; 状态：已通过",
        "9.5/10 ✅; 9.5/10",
        "Café → Bar; Café → Bar",
      })
  void cleanKeepsWords(String raw, String expected) {
    assertThat(InlineText.clean(raw)).isEqualTo(expected);
  }
}
