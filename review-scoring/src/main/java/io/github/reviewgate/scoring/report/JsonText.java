package io.github.reviewgate.scoring.report;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON trees as indented text with {@code \n} line endings and plain decimals, the same on
 * every system, for the JSON and SARIF reports.
 */
final class JsonText {

  private final JsonMapper mapper =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** Returns {@code tree} as indented text ending in a line break. */
  String write(JsonNode tree) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return mapper.writer().with(printer).writeValueAsString(tree) + "\n";
  }
}
