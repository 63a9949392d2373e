package io.github.reviewgate.model.read.markdown;

import java.time.Period;
import java.util.Optional;

/**
 * Reads the period a Next Review value states after the review date: {@code (90 days)}, {@code 3
 * months}, {@code 6 Monate}, {@code 3ヶ月}, {@code quarterly}. Callers look for a date first, because
 * a value that contains both ("May 8, 2026 (90 days)") resolves to its date.
 */
public final class PeriodText {

  private final Vocabulary vocabulary;

  public PeriodText(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Returns the first period in {@code text}, or nothing for event-based text such as "after
   * deployment". Months and years are calendar months and years ({@code 3 months} after 2026-02-08
   * is 2026-05-08), unlike time windows, which count 30 days a month. Hours round up to whole days.
   */
  public Optional<Period> find(String text) {
    String folded = Words.fold(InlineText.clean(text));
    Optional<Period> amount =
        vocabulary.durations().amounts(folded).stream()
            .findFirst()
            .map(found -> period(found.high(), found.unit()));
    if (amount.isPresent()) {
      return amount;
    }
    return vocabulary.periods().occurrences(folded).stream()
        .map(SynonymTable.Occurrence::value)
        .findFirst();
  }

  private static Period period(int amount, java.time.temporal.ChronoUnit unit) {
    return switch (unit) {
      case WEEKS -> Period.ofWeeks(amount);
      case MONTHS -> Period.ofMonths(amount);
      case YEARS -> Period.ofYears(amount);
      default -> Period.ofDays(Durations.days(amount, unit));
    };
  }
}
