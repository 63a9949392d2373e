package io.github.reviewgate.model.read.structured;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOffStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Builds the Jackson mappers that read and write review files, with their limits. */
final class StructuredMappers {

  /** Far deeper than a review needs, which nests sub-items a few levels at most. */
  static final int MAX_NESTING_DEPTH = 100;

  /** The minimum token count every document may reach, however small its size cap. */
  private static final long MIN_TOKEN_COUNT = 10_000;

  private StructuredMappers() {}

  /**
   * Returns a mapper that reads {@code format} with limits derived from the size cap: the document
   * length is the cap, and the number of values (tokens) is a quarter of the cap in bytes.
   *
   * <p>NOTE: the token bound is what stops a YAML alias bomb, because the anchor-replaying parser
   * expands every alias (up to its own 9999 anchors and references); a file without aliases spends
   * at least two bytes on almost every value, so the bound rejects only files that are padded with
   * empty values or expand aliases many times over.
   */
  static ObjectMapper reader(ReviewFormat format, long maxFileSize) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(maxFileSize)
            .maxTokenCount(Math.max(MIN_TOKEN_COUNT, maxFileSize / 4))
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxFileSize))
            .build();
    MapperBuilder<?, ?> builder =
        format == ReviewFormat.YAML
            ? yamlReader(constraints, maxFileSize)
            : jsonReader(constraints);
    return builder
        .addModule(readModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
        // An empty metadata value, such as "owner:" with nothing after it, is empty text.
        .withConfigOverride(
            Map.class,
            override -> override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.AS_EMPTY)))
        .build();
  }

  /** Returns a mapper that writes review files in {@code format}. */
  static ObjectMapper writer(ReviewFormat format) {
    MapperBuilder<?, ?> builder =
        format == ReviewFormat.YAML
            ? YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                    .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build())
            : JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT);
    return builder
        .addModule(writeModule())
        .changeDefaultPropertyInclusion(
            inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null))
        .build();
  }

  private static MapperBuilder<?, ?> yamlReader(
      StreamReadConstraints constraints, long maxFileSize) {
    LoadSettings settings =
        LoadSettings.builder()
            // The YAML 1.2 core schema: ~ and null are null, while NO and on stay text. With load
            // settings given, Jackson 3.3 takes the schema from them, not from its own yamlSchema.
            .setSchema(new CoreSchema())
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileSize))
            .setAllowDuplicateKeys(false)
            .build();
    YAMLFactory factory =
        YAMLAnchorReplayingFactory.builder()
            .loadSettings(settings)
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return YAMLMapper.builder(factory);
  }

  private static MapperBuilder<?, ?> jsonReader(StreamReadConstraints constraints) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory);
  }

  private static SimpleModule readModule() {
    SimpleModule module = new SimpleModule("review-read");
    module.addDeserializer(LocalDate.class, new DateDeserializer());
    module.addDeserializer(Score.class, new ScoreDeserializer());
    // A section weight is the only BigDecimal in the records.
    module.addDeserializer(BigDecimal.class, new WeightDeserializer());
    module.addDeserializer(TimeSpan.class, new TimeSpanDeserializer());
    module.addDeserializer(ItemState.class, new EnumWordDeserializer<>(ItemState.class));
    module.addDeserializer(Priority.class, new EnumWordDeserializer<>(Priority.class));
    module.addDeserializer(FindingStatus.class, new EnumWordDeserializer<>(FindingStatus.class));
    module.addDeserializer(SignOffStatus.class, new EnumWordDeserializer<>(SignOffStatus.class));
    module.addDeserializer(SectionStatus.class, new EnumWordDeserializer<>(SectionStatus.class));
    return module;
  }

  private static SimpleModule writeModule() {
    SimpleModule module = new SimpleModule("review-write");
    module.addSerializer(new EnumWordSerializer());
    module.addSerializer(new TextSerializer<>(Score.class, Score::text));
    module.addSerializer(new TextSerializer<>(TimeSpan.class, TimeSpan::text));
    module.addSerializer(new TextSerializer<>(LocalDate.class, LocalDate::toString));
    return module;
  }
}
