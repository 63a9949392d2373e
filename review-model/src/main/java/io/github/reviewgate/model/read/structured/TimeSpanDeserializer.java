package io.github.reviewgate.model.read.structured;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads a time span such as "30 days"; a bare whole number counts as days. */
final class TimeSpanDeserializer extends StdScalarDeserializer<TimeSpan> {

  private static final String EXPECTED =
      "a time span such as 24 hours, 30 days, 2 weeks or 3 months";

  TimeSpanDeserializer() {
    super(TimeSpan.class);
  }

  @Override
  public TimeSpan deserialize(JsonParser parser, DeserializationContext context) {
    String text = TokenText.scalar(parser, EXPECTED);
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && text.matches("\\d{1,4}")) {
      return TimeSpan.ofDays(Integer.parseInt(text));
    }
    return TimeSpan.parse(text)
        .orElseThrow(
            () -> new InvalidValueException(parser, TokenText.quote(text) + " is not " + EXPECTED));
  }
}
