package io.github.reviewgate.model.read.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates review documents write, in every accepted form. */
public final class DateText {

  /** What reading a date found. */
  public sealed interface Result {
    /** The text holds a date. */
    record Found(LocalDate date) implements Result {}

    /** The text holds no date. */
    record Absent() implements Result {}

    /**
     * The text holds a date in a form that cannot be read safely, such as a two-digit year or an
     * ambiguous {@code 02/08/2026}.
     *
     * @param reason what is wrong, naming the accepted forms
     */
    record Invalid(String reason) implements Result {}
  }

  // TODO: placeholder for ISO dates only; the full parser replaces it.
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private final Vocabulary vocabulary;

  public DateText(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Finds the first date in {@code text}. */
  public Result find(String text) {
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      try {
        return new Result.Found(LocalDate.parse(m.group()));
      } catch (DateTimeParseException e) {
        return new Result.Invalid("'" + m.group() + "' is not a valid date");
      }
    }
    return new Result.Absent();
  }

  /** Returns the date in {@code text}, or nothing when it holds no valid date. */
  public Optional<LocalDate> findDate(String text) {
    return find(text) instanceof Result.Found found ? Optional.of(found.date()) : Optional.empty();
  }
}
