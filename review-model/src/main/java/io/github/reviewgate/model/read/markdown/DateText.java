package io.github.reviewgate.model.read.markdown;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates review documents write, in every accepted form: ISO {@code 2026-02-08} (a time
 * and zone after it are ignored, the date part is the date), {@code February 8, 2026}, {@code 8
 * February 2026}, {@code Feb 8, 2026} and the same with the month names of every bundled language
 * ({@code 12 mars 2026}, {@code 8. Februar 2026}, {@code 8 de febrero de 2026}), {@code
 * 2026/02/08}, {@code 2026年2月8日} and day-first {@code 08.02.2026}. Independent of the default
 * locale.
 */
public final class DateText {

  /** The accepted forms, as error messages list them. */
  public static final String ACCEPTED_FORMS =
      "2026-02-08, February 8, 2026, 8 February 2026, Feb 8, 2026, 2026/02/08, 2026年2月8日"
          + " or 08.02.2026 (day first)";

  /** The outcome of looking for a date in a text. */
  public sealed interface Result {
    /** The text contains a date. */
    record Found(LocalDate date) implements Result {}

    /** The text contains no date. */
    record Absent() implements Result {}

    /**
     * The text contains a date in a form that cannot be read safely, such as a two-digit year or an
     * ambiguous {@code 02/08/2026}.
     *
     * @param reason what is wrong, naming the accepted forms
     */
    record Invalid(String reason) implements Result {}
  }

  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern DAY_FIRST_DOTS =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)");
  private static final Pattern SHORT_YEAR_DOTS =
      Pattern.compile("(?<![\\d.])\\d{2}\\.\\d{2}\\.\\d{2}(?!\\d|\\.\\d)");
  private static final Pattern YEAR_LAST =
      Pattern.compile("(?<![\\d./-])\\d{1,2}([/-])\\d{1,2}\\1(?:\\d{4}|\\d{2})(?![\\d/-])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<!\\p{L})(\\p{L}{3,}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(\\p{L}{3,}\\.?)"
              + "\\s+(?:de\\s+|del\\s+)?(\\d{4}|\\d{2})(?!\\d)");

  private final Vocabulary vocabulary;

  public DateText(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Finds the first date in {@code text}. When the text contains a readable date and an unreadable
   * one, the readable one is found. {@link Result.Invalid} means it contains only unreadable ones.
   */
  public Result find(String text) {
    List<Candidate> candidates =
        List.of(
                scan(text, YEAR_FIRST, m -> numeric(m, 1, 3, 4)),
                scan(text, CJK, m -> numeric(m, 1, 2, 3)),
                scan(text, DAY_FIRST_DOTS, m -> numeric(m, 3, 2, 1)),
                scan(text, SHORT_YEAR_DOTS, m -> Optional.of(twoDigitYear(m.group()))),
                scan(text, YEAR_LAST, m -> Optional.of(ambiguous(m.group()))),
                scan(text, MONTH_DAY_YEAR, m -> named(m, 2, 1, 3)),
                scan(text, DAY_MONTH_YEAR, m -> named(m, 1, 2, 3)))
            .stream()
            .flatMap(List::stream)
            .sorted((a, b) -> Integer.compare(a.start(), b.start()))
            .toList();

    return candidates.stream()
        .map(Candidate::result)
        .filter(Result.Found.class::isInstance)
        .findFirst()
        .or(() -> candidates.stream().map(Candidate::result).findFirst())
        .orElseGet(Result.Absent::new);
  }

  /** Returns the date in {@code text}, or nothing when it contains no valid date. */
  public Optional<LocalDate> findDate(String text) {
    return find(text) instanceof Result.Found found ? Optional.of(found.date()) : Optional.empty();
  }

  private record Candidate(int start, Result result) {}

  private static List<Candidate> scan(
      String text, Pattern pattern, Function<Matcher, Optional<Result>> read) {
    Matcher m = pattern.matcher(text);
    List<Candidate> found = new java.util.ArrayList<>();
    while (m.find()) {
      int start = m.start();
      read.apply(m).ifPresent(result -> found.add(new Candidate(start, result)));
    }
    return found;
  }

  private static Optional<Result> numeric(Matcher m, int year, int month, int day) {
    return Optional.of(
        date(
            m.group(),
            Integer.parseInt(m.group(year)),
            Integer.parseInt(m.group(month)),
            Integer.parseInt(m.group(day))));
  }

  private Optional<Result> named(Matcher m, int day, int month, int year) {
    OptionalInt monthNumber = vocabulary.month(m.group(month));
    if (monthNumber.isEmpty()) {
      return Optional.empty();
    }
    if (m.group(year).length() == 2) {
      return Optional.of(twoDigitYear(m.group()));
    }
    return Optional.of(
        date(
            m.group(),
            Integer.parseInt(m.group(year)),
            monthNumber.getAsInt(),
            Integer.parseInt(m.group(day))));
  }

  private static Result date(String written, int year, int month, int day) {
    try {
      return new Result.Found(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return new Result.Invalid(
          "'" + written + "' is not a valid calendar date; write it as " + ACCEPTED_FORMS);
    }
  }

  private static Result twoDigitYear(String written) {
    return new Result.Invalid(
        "'" + written + "' has a two-digit year; write the date as " + ACCEPTED_FORMS);
  }

  private static Result ambiguous(String written) {
    return new Result.Invalid(
        "'"
            + written
            + "' is ambiguous because the day and the month could be either way round;"
            + " write the date as "
            + ACCEPTED_FORMS);
  }
}
