package io.github.reviewgate.model.read.structured;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.read.SharedReviews;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ReviewSchemaTest {

  private static final String SCHEMA = "/io/github/reviewgate/model/review.schema.json";

  /** The record each schema definition describes; the empty pointer is the top level. */
  private static final Map<String, Class<? extends Record>> DEFINITIONS =
      Map.of(
          "", ReviewDocument.class,
          "/$defs/section", SectionEntry.class,
          "/$defs/item", ItemEntry.class,
          "/$defs/finding", FindingEntry.class,
          "/$defs/action", ActionEntry.class,
          "/$defs/signOff", SignOffEntry.class);

  private final ObjectMapper json = JsonMapper.builder().build();

  private JsonNode schema() throws Exception {
    try (InputStream in = ReviewSchemaTest.class.getResourceAsStream(SCHEMA)) {
      assertThat(in).as("the schema is on the classpath at " + SCHEMA).isNotNull();
      return json.readTree(in);
    }
  }

  private static Set<String> properties(JsonNode definition) {
    return new TreeSet<>(definition.get("properties").propertyNames());
  }

  private static Set<String> components(Class<? extends Record> type) {
    TreeSet<String> names = new TreeSet<>();
    Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(c.getName()));
    return names;
  }

  @Test
  void schemaIsDraft202012() throws Exception {
    assertThat(schema().get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void schemaMatchesRecords() throws Exception {
    JsonNode schema = schema();

    DEFINITIONS.forEach(
        (pointer, type) ->
            assertThat(properties(schema.at(pointer)))
                .as("properties at '%s' against the components of %s", pointer, type.getName())
                .isEqualTo(components(type)));
  }

  @Test
  void schemaClosesEveryObject() throws Exception {
    JsonNode schema = schema();

    DEFINITIONS
        .keySet()
        .forEach(
            pointer ->
                assertThat(schema.at(pointer).get("additionalProperties").asBoolean(true))
                    .as("additionalProperties at '%s'", pointer)
                    .isFalse());
  }

  @Test
  void ledgerSyncYamlUsesSchemaProperties() throws Exception {
    Path file = SharedReviews.file("ledger-sync-security-review-yaml.yaml");
    JsonNode document = YAMLMapper.builder().build().readTree(Files.readAllBytes(file));

    assertThat(unknownKeys(document)).isEmpty();
  }

  @Test
  void ledgerSyncJsonUsesSchemaProperties() throws Exception {
    Path file = SharedReviews.file("ledger-sync-security-review-json.json");
    JsonNode document = json.readTree(Files.readAllBytes(file));

    assertThat(unknownKeys(document)).isEmpty();
  }

  @Test
  void unknownKeyIsFound() throws Exception {
    JsonNode document = json.readTree("{\"sections\": [{\"title\": \"a\", \"colour\": \"red\"}]}");

    assertThat(unknownKeys(document)).containsExactly("sections[0].colour");
  }

  private List<String> unknownKeys(JsonNode document) throws Exception {
    List<String> unknown = new ArrayList<>();
    JsonNode schema = schema();
    collectUnknown(schema, schema, document, "", unknown);
    return unknown;
  }

  /** Walks the document beside the schema through properties, items and local references. */
  private static void collectUnknown(
      JsonNode root, JsonNode schema, JsonNode node, String path, List<String> unknown) {
    if (schema.has("$ref")) {
      collectUnknown(
          root, root.at(schema.get("$ref").asString().substring(1)), node, path, unknown);
      return;
    }
    if (node.isObject() && schema.has("properties")) {
      for (String name : node.propertyNames()) {
        String child = path.isEmpty() ? name : path + "." + name;
        JsonNode property = schema.get("properties").get(name);
        if (property == null) {
          unknown.add(child);
        } else {
          collectUnknown(root, property, node.get(name), child, unknown);
        }
      }
    }
    if (node.isArray() && schema.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        collectUnknown(root, schema.get("items"), node.get(i), path + "[" + i + "]", unknown);
      }
    }
  }
}
