package io.github.reviewgate.model.read.structured;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Reads a section weight: a positive number. */
final class WeightDeserializer extends StdScalarDeserializer<BigDecimal> {

  WeightDeserializer() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new InvalidValueException(
          parser, "expected a positive number, found " + TokenText.describe(parser, token));
    }
    BigDecimal weight = new BigDecimal(parser.getString());
    if (weight.signum() <= 0) {
      throw new InvalidValueException(parser, parser.getString() + " is not a positive number");
    }
    return weight;
  }
}
