package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ReaderNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads what a key/value pair means and its date, reporting placeholders and bad dates. */
final class FieldReading {

  private final Vocabulary vocabulary;
  private final DateText dates;
  private final List<ReaderNotice> notices;

  FieldReading(Vocabulary vocabulary, List<ReaderNotice> notices) {
    this.vocabulary = vocabulary;
    this.dates = new DateText(vocabulary);
    this.notices = notices;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Returns what the key means; empty for keys that go to metadata. */
  Optional<FieldKind> kind(KeyValue field) {
    return vocabulary.fieldKind(field.key());
  }

  /** Returns whether the value is an unfilled placeholder, and warns when it is. */
  boolean isPlaceholder(KeyValue field) {
    // Cleaning drops "__" as a bold marker, so a "____" blank is only visible in the raw value.
    String written = Placeholders.isPlaceholder(field.value()) ? field.value() : field.raw();
    if (!Placeholders.isPlaceholder(written)) {
      return false;
    }
    notices.add(
        ReaderNotice.warning(
            field.line(),
            field.key()
                + " holds the template placeholder '"
                + written
                + "', so it reads as absent; fill in the template"));
    return true;
  }

  /** Reads the field's date; reports a date in a form that cannot be read safely as an error. */
  Optional<LocalDate> date(KeyValue field) {
    return date(field.value(), field.key(), field.line());
  }

  /**
   * Reads a date field's date as {@link #date(KeyValue)} does, and also warns when its value
   * contains no date at all, such as {@code sometime soon}. Call it after {@link #isPlaceholder}.
   */
  Optional<LocalDate> statedDate(KeyValue field) {
    if (!field.value().isEmpty() && dates.find(field.value()) instanceof DateText.Result.Absent) {
      notices.add(
          ReaderNotice.warning(
              field.line(),
              field.key()
                  + " '"
                  + field.value()
                  + "' contains no date, so it reads as absent; write it as "
                  + DateText.ACCEPTED_FORMS));
      return Optional.empty();
    }
    return date(field);
  }

  /** Reads a date from {@code text}; {@code what} names it in messages. */
  Optional<LocalDate> date(String text, String what, int line) {
    DateText.Result result = dates.find(text);
    if (result instanceof DateText.Result.Found found) {
      return Optional.of(found.date());
    }
    if (result instanceof DateText.Result.Invalid invalid) {
      notices.add(
          ReaderNotice.error(
              line, what + " '" + text + "' cannot be read as a date: " + invalid.reason()));
    }
    return Optional.empty();
  }
}
