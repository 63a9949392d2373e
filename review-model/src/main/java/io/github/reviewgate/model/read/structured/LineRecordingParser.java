package io.github.reviewgate.model.read.structured;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that records the line of every key and of every mapping inside a list while databind
 * reads the typed records, so that the model can point at lines without the records carrying them.
 */
final class LineRecordingParser extends JsonParserDelegate {

  private final SourceLines lines;

  LineRecordingParser(JsonParser parser, SourceLines lines) {
    super(parser);
    this.lines = lines;
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token = super.nextToken();
    record(token);
    return token;
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = super.nextValue();
    record(token);
    return token;
  }

  @Override
  public String nextName() {
    String name = super.nextName();
    record(currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString expected) {
    boolean matches = super.nextName(expected);
    record(currentToken());
    return matches;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = super.nextNameMatch(matcher);
    record(currentToken());
    return match;
  }

  private void record(JsonToken token) {
    if (token == JsonToken.PROPERTY_NAME) {
      lines.put(PathText.of(streamReadContext()), currentTokenLocation().getLineNr());
    } else if (token == JsonToken.START_OBJECT && streamReadContext().getParent().inArray()) {
      lines.put(PathText.of(streamReadContext().getParent()), currentTokenLocation().getLineNr());
    }
  }
}
