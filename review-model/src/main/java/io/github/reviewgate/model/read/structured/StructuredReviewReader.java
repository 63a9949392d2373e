package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import io.github.reviewgate.model.read.ReviewReader;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads reviews written in YAML or JSON into typed records and maps them to the model.
 *
 * <p>YAML follows YAML 1.2, so {@code NO} and {@code 1.10} stay text where text is expected.
 * Limits: at most 100 levels of nesting, a document no longer than the size cap, a number of values
 * bounded by the size cap (aliases count once for every value they repeat, and the parser replays
 * at most 9999 values of an anchor), and YAML lines of at most 64 KiB, which keeps reading time
 * linear in the file size.
 *
 * <p>Lines: a section, item, finding or action has the line where its mapping starts, and a score,
 * date, status or next review has the line of its key. An item's marker is its state's canonical
 * word, such as {@code notDone}, because the form has no other marker.
 */
public final class StructuredReviewReader {

  private final ObjectReader yaml;
  private final ObjectReader json;

  private StructuredReviewReader(long maxFileSize) {
    this.yaml = readerFor(StructuredMappers.reader(ReviewFormat.YAML, maxFileSize));
    this.json = readerFor(StructuredMappers.reader(ReviewFormat.JSON, maxFileSize));
  }

  /**
   * Creates a reader whose limits follow {@code maxFileSize}. Building one costs a few
   * milliseconds, so callers that read many files keep one.
   */
  public static StructuredReviewReader withMaxFileSize(long maxFileSize) {
    if (maxFileSize <= 0) {
      throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
    }
    return new StructuredReviewReader(maxFileSize);
  }

  /**
   * Reads YAML or JSON content, in the format {@code source.format()} names, with the limits of the
   * default size cap.
   *
   * @throws ReviewReadException when the content is not valid YAML or JSON, has unknown fields,
   *     duplicate keys or values of the wrong type
   */
  public static Review read(byte[] content, SourceFile source) throws ReviewReadException {
    return withMaxFileSize(ReviewReader.DEFAULT_MAX_FILE_SIZE).parse(content, source);
  }

  /**
   * Reads YAML or JSON content in the format {@code source.format()} names.
   *
   * @throws ReviewReadException when the content is not valid YAML or JSON, has unknown fields,
   *     duplicate keys or values of the wrong type, or exceeds a limit
   */
  public Review parse(byte[] content, SourceFile source) throws ReviewReadException {
    ObjectReader reader = source.format() == ReviewFormat.YAML ? yaml : json;
    if (source.format() == ReviewFormat.YAML) {
      LineLength.check(content, source);
    }
    SourceLines lines = new SourceLines();
    ReviewDocument document = readDocument(reader, content, lines, source);
    return new ReviewMapping(source, lines).review(document);
  }

  private static ReviewDocument readDocument(
      ObjectReader reader, byte[] content, SourceLines lines, SourceFile source)
      throws ReviewReadException {
    ReviewDocument document;
    try (JsonParser parser = new LineRecordingParser(reader.createParser(content), lines)) {
      try {
        document = reader.readValue(parser);
      } catch (JacksonException e) {
        throw ReadErrors.translate(e, parser, lines, source);
      }
    } catch (JacksonException e) {
      throw ReadErrors.at(source, "", 0, "the file cannot be read: " + e.getOriginalMessage(), e);
    } catch (YamlEngineException e) {
      throw ReadErrors.at(
          source, "", 0, "the file is not valid YAML: " + e.getMessage().strip(), e);
    }
    if (document == null) {
      throw ReadErrors.at(
          source,
          "",
          0,
          "the file holds no review; expected a mapping of review fields such as title and date",
          null);
    }
    return document;
  }

  private static ObjectReader readerFor(ObjectMapper mapper) {
    return mapper.readerFor(ReviewDocument.class);
  }
}
