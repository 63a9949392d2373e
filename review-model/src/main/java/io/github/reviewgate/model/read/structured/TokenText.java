package io.github.reviewgate.model.read.structured;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Describes parser tokens in messages and reads scalar values as text. */
final class TokenText {

  private static final int MAX_QUOTED = 60;

  private TokenText() {}

  /**
   * Returns the current scalar as written. Throws an {@link InvalidValueException} that names
   * {@code expected} when the current token is a mapping or a list.
   */
  static String scalar(JsonParser parser, String expected) {
    JsonToken token = parser.currentToken();
    if (token == null || !token.isScalarValue()) {
      throw new InvalidValueException(
          parser, "expected " + expected + ", found " + describe(parser, token));
    }
    return parser.getString();
  }

  /** Describes a token for a message: "a list", "text 'x'", "the number 5". */
  static String describe(JsonParser parser, JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "a mapping";
      case START_ARRAY, END_ARRAY -> "a list";
      case VALUE_STRING -> "text " + quote(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getString();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "a value";
    };
  }

  /** Quotes user text for a message, cut short when it is long. */
  static String quote(String text) {
    String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
    return "'" + shown + "'";
  }
}
