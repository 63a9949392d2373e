package io.github.reviewgate.model.read.structured;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads an enum constant from its word; see {@link EnumWords}. */
final class EnumWordDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {

  private final Class<E> type;

  EnumWordDeserializer(Class<E> type) {
    super(type);
    this.type = type;
  }

  @Override
  public E deserialize(JsonParser parser, DeserializationContext context) {
    String expected = "one of " + EnumWords.list(type);
    String text = TokenText.scalar(parser, expected);
    return EnumWords.match(type, text)
        .orElseThrow(
            () -> new InvalidValueException(parser, TokenText.quote(text) + " is not " + expected));
  }
}
