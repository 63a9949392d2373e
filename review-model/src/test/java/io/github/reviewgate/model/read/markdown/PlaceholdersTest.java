package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Name]",
        "[Date]",
        "[Reviewer name]",
        "[YYYY-MM-DD]",
        "<Reviewer Name>",
        "TBD",
        "tbd",
        "TBD.",
        "TBA",
        "TODO",
        "To be determined",
        "(Pending)",
        "____",
        "__________",
        "__/__/____",
        "YYYY-MM-DD",
        "yyyy-mm-dd",
        "DD/MM/YYYY",
        "MM/DD/YYYY",
        "${REVIEW_DATE}",
        "{{next_review_date}}",
        "{{ reviewer }}",
        "X/10",
        "X.X/10",
        "**[Date]**",
        "`{{date}}`",
        "  [Name]  "
      })
  void isPlaceholderWholeValue(String value) {
    assertThat(Placeholders.isPlaceholder(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pending",
        "Platform Security Lead",
        "2026-02-08",
        "[x]",
        "[ ]",
        "N/A",
        "See [Date] below",
        "TBD by Friday",
        "9/10",
        "Jane Doe (Pending)",
        "",
        "ACME_CORP"
      })
  void isPlaceholderNotPlaceholders(String value) {
    assertThat(Placeholders.isPlaceholder(value)).isFalse();
  }
}
