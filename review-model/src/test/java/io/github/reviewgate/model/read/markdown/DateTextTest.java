package io.github.reviewgate.model.read.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.read.DefaultLocale;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

  private static final DateText DATES = new DateText(Vocabulary.bundled());

  @RegisterExtension static final DefaultLocale GERMAN = new DefaultLocale(Locale.GERMANY);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "2026-02-08; 2026-02-08",
        "2026-02-08T10:15:00Z; 2026-02-08",
        "2026-02-08T23:30:00-08:00; 2026-02-08",
        "2026-02-08 10:15; 2026-02-08",
        "✅ **APPROVED** (2026-02-08); 2026-02-08",
        "February 8, 2026; 2026-02-08",
        "February 8 2026; 2026-02-08",
        "8 February 2026; 2026-02-08",
        "Feb 8, 2026; 2026-02-08",
        "Feb. 8, 2026; 2026-02-08",
        "February 8th, 2026; 2026-02-08",
        "May 24, 2026 (90 days); 2026-05-24",
        "Sept 1, 2026; 2026-09-01",
        "12 mars 2026; 2026-03-12",
        "1er février 2026; 2026-02-01",
        "8. Februar 2026; 2026-02-08",
        "3. März 2026; 2026-03-03",
        "8 de febrero de 2026; 2026-02-08",
        "8 febrero 2026; 2026-02-08",
        "2026/02/08; 2026-02-08",
        "2026/05/11; 2026-05-11",
        "2026.02.08; 2026-02-08",
        "2026年2月8日; 2026-02-08",
        "2026 年 12 月 31 日; 2026-12-31",
        "08.02.2026; 2026-02-08",
        "8.2.2026; 2026-02-08",
        "2026-07-27 (before the peak-season change freeze); 2026-07-27",
        "02/08/2026 or 2026-02-09; 2026-02-09",
      })
  void findAcceptedForms(String text, LocalDate expected) {
    assertThat(DATES.find(text)).isEqualTo(new DateText.Result.Found(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"02/08/2026", "2/8/2026", "13/02/2026", "08-02-2026", "on 02/08/2026 at noon"})
  void findAmbiguousIsInvalid(String text) {
    assertThat(DATES.find(text))
        .isInstanceOfSatisfying(
            DateText.Result.Invalid.class,
            invalid ->
                assertThat(invalid.reason())
                    .contains("is ambiguous")
                    .endsWith(DateText.ACCEPTED_FORMS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"08.02.26", "02/08/26", "Feb 8, 26", "8 February 26", "26-02-08"})
  void findTwoDigitYearIsInvalid(String text) {
    assertThat(DATES.find(text)).isInstanceOf(DateText.Result.Invalid.class);
  }

  @Test
  void findTwoDigitYearReason() {
    assertThat(DATES.find("08.02.26"))
        .isEqualTo(
            new DateText.Result.Invalid(
                "'08.02.26' has a two-digit year; write the date as 2026-02-08, February 8, 2026,"
                    + " 8 February 2026, Feb 8, 2026, 2026/02/08, 2026年2月8日 or 08.02.2026"
                    + " (day first)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "February 30, 2026", "31.04.2026", "2026年13月1日"})
  void findImpossibleDateIsInvalid(String text) {
    assertThat(DATES.find(text))
        .isInstanceOfSatisfying(
            DateText.Result.Invalid.class,
            invalid -> assertThat(invalid.reason()).contains("is not a valid calendar date"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "after deployment",
        "Sprint 12, 2026",
        "TLS 1.2",
        "v3.2.1",
        "24/7 on-call",
        "9.5/10",
        "YYYY-MM-DD",
        "(90 days)"
      })
  void findNoDate(String text) {
    assertThat(DATES.find(text)).isEqualTo(new DateText.Result.Absent());
  }

  @Test
  void findDateSkipsInvalid() {
    assertThat(DATES.findDate("02/08/2026")).isEmpty();
    assertThat(DATES.findDate("March 10, 2026")).contains(LocalDate.of(2026, 3, 10));
  }
}
