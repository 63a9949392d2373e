package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ReaderNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * YAML front matter: a block between {@code ---} lines at the very start of the file. Its keys are
 * header fields like any other.
 *
 * @param fields the front matter's top-level keys, in order
 * @param body the text with the front matter lines blanked, so that line numbers stay the file's
 */
record FrontMatter(List<KeyValue> fields, SourceText body) {

  private static final Pattern FIRST_KEY = Pattern.compile("[\\p{L}\\p{N}_\"'][^:]*:(\\s|$)");

  FrontMatter {
    fields = List.copyOf(fields);
  }

  /** Splits front matter off {@code source}; reports YAML it cannot read. */
  static FrontMatter read(SourceText source, List<ReaderNotice> notices) {
    List<String> lines = source.lines();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new FrontMatter(List.of(), source);
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return new FrontMatter(List.of(), source);
    }

    List<String> yaml = lines.subList(1, end);
    if (!startsWithKey(yaml)) {
      // A document may open with a thematic break; only a block of keys is front matter.
      return new FrontMatter(List.of(), source);
    }

    List<KeyValue> fields = parse(yaml, notices);
    List<String> body = new ArrayList<>(lines);
    for (int i = 0; i <= end; i++) {
      body.set(i, "");
    }
    return new FrontMatter(fields, new SourceText(String.join("\n", body), body));
  }

  private static boolean startsWithKey(List<String> yaml) {
    for (String line : yaml) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return FIRST_KEY.matcher(trimmed).lookingAt();
      }
    }
    return false;
  }

  private static List<KeyValue> parse(List<String> yamlLines, List<ReaderNotice> notices) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(String.join("\n", yamlLines));
    } catch (JacksonException e) {
      notices.add(
          ReaderNotice.warning(
              1,
              "the front matter is not valid YAML and was ignored: "
                  + e.getOriginalMessage()
                  + "; fix the block between the --- lines"));
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }

    List<KeyValue> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String value = text(entry.getValue());
      int line = lineOfKey(yamlLines, entry.getKey());
      fields.add(new KeyValue(entry.getKey(), InlineText.value(value), value, line));
    }
    return fields;
  }

  private static String text(JsonNode node) {
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode element : node.values()) {
        parts.add(text(element));
      }
      return String.join(", ", parts);
    }
    if (node.isNull() || node.isObject()) {
      return "";
    }
    return node.asString();
  }

  /** Returns the 1-based file line of a top-level key: the front matter starts on line 2. */
  private static int lineOfKey(List<String> yamlLines, String key) {
    for (int i = 0; i < yamlLines.size(); i++) {
      String line = yamlLines.get(i);
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith(":")) {
        return i + 2;
      }
    }
    return 1;
  }
}
