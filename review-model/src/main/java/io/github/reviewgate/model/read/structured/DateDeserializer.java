package io.github.reviewgate.model.read.structured;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads an ISO date such as 2026-03-10, strictly: 2026-02-30 is rejected. */
final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

  DateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
    String text = TokenText.scalar(parser, "a date such as 2026-03-10");
    try {
      return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          parser,
          TokenText.quote(text) + " is not a date of the form YYYY-MM-DD, such as 2026-03-10");
    }
  }
}
