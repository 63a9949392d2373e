package io.github.reviewgate.model.read.structured;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes an enum constant as its word; see {@link EnumWords}. */
final class EnumWordSerializer extends StdSerializer<Enum<?>> {

  EnumWordSerializer() {
    super(Enum.class, false);
  }

  @Override
  public void serialize(Enum<?> value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(EnumWords.word(value));
  }
}
