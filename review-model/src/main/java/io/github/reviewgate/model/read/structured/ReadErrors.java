package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns Jackson's exceptions into {@link ReviewReadException}s whose messages read {@code <path>:
 * <problem> (line <n>)}, in this project's words rather than Jackson's.
 */
final class ReadErrors {

  private ReadErrors() {}

  static ReviewReadException translate(
      JacksonException e, JsonParser parser, SourceLines lines, SourceFile source) {
    String problem = problem(e, parser, source.format());
    if (e instanceof UnrecognizedPropertyException) {
      // Databind has read past the key by now, so its line comes from the recorded keys.
      String path = PathText.of(e.getPath());
      return at(source, PathText.forMessage(e.getPath()), lines.of(path), problem, e);
    }
    String path =
        e.getPath().isEmpty()
            ? PathText.forMessage(parser.streamReadContext())
            : PathText.forMessage(e.getPath());
    if (problem.startsWith("duplicate key")) {
      // The YAML parser rejects the key before it enters the path, and the JSON parser after.
      String name = duplicateName(e.getOriginalMessage());
      if (!path.equals(name) && !path.endsWith("." + name)) {
        path = (path.isEmpty() ? "" : path + ".") + name;
      }
      problem = "duplicate key; a key may appear once in a mapping";
    }
    if (problem.startsWith("the file is not valid") || problem.startsWith("the file holds")) {
      path = "";
    }
    return at(source, path, line(e, parser), problem, e);
  }

  /** Creates the exception for {@code problem} at {@code path}, in the message grammar above. */
  static ReviewReadException at(
      SourceFile source, String path, int line, String problem, Throwable cause) {
    String where = path.isEmpty() ? "" : path + ": ";
    String suffix = line > 0 ? " (line " + line + ")" : "";
    return new ReviewReadException(source.path(), line, where + problem + suffix, cause);
  }

  private static String problem(JacksonException e, JsonParser parser, ReviewFormat format) {
    String original = Objects.requireNonNullElse(e.getOriginalMessage(), "");
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field; the fields here are " + names(unknown.getKnownPropertyIds());
    }
    if (e instanceof InvalidValueException) {
      return original;
    }
    if (e instanceof MismatchedInputException mismatch) {
      return mismatch(mismatch, parser);
    }
    if (e instanceof StreamConstraintsException) {
      return limit(original, format);
    }
    if (original.startsWith("Duplicate Object property")) {
      return "duplicate key";
    }
    return "the file is not valid " + format + ": " + firstSentence(original);
  }

  private static String mismatch(MismatchedInputException e, JsonParser parser) {
    JsonToken token = e.getCurrentToken() != null ? e.getCurrentToken() : parser.currentToken();
    String original = Objects.requireNonNullElse(e.getOriginalMessage(), "");
    if (original.startsWith("Trailing token")) {
      return "the file holds more after the review; a review file holds one document";
    }
    if (token == null || token == JsonToken.NOT_AVAILABLE) {
      return "the file holds no review; expected a mapping of review fields such as title and date";
    }
    if (e.getTargetType() == ReviewDocument.class) {
      return "the file holds no review; expected a mapping of review fields such as title and"
          + " date, found "
          + TokenText.describe(parser, token);
    }
    return "expected "
        + expected(e.getTargetType())
        + ", found "
        + TokenText.describe(parser, token);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping of keys to text";
    }
    return "a mapping";
  }

  private static String limit(String original, ReviewFormat format) {
    if (original.contains("nesting depth")) {
      return "the document nests deeper than "
          + StructuredMappers.MAX_NESTING_DEPTH
          + " levels; a review needs only a few";
    }
    if (original.contains("Token count")) {
      String aliases =
          format == ReviewFormat.YAML
              ? "; YAML aliases (*name) count once for every value they repeat, so write the"
                  + " repeated values out or split the review"
              : "; split the review";
      return "the document holds too many values for its size limit" + aliases;
    }
    if (original.contains("YAMLAnchorReplayingParser")) {
      return "YAML aliases (*name) repeat more values than the reader replays (9999);"
          + " write the repeated values out";
    }
    return "the document exceeds a reader limit: " + firstSentence(original);
  }

  private static int line(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      return location.getLineNr();
    }
    TokenStreamLocation current = parser.currentTokenLocation();
    return current != null ? Math.max(0, current.getLineNr()) : 0;
  }

  private static String names(Collection<Object> names) {
    List<String> sorted = names.stream().map(String::valueOf).sorted().toList();
    return sorted.stream().collect(Collectors.joining(", "));
  }

  private static String duplicateName(String original) {
    int start = original.indexOf('"');
    int end = original.indexOf('"', start + 1);
    return start >= 0 && end > start ? original.substring(start + 1, end) : "";
  }

  /**
   * Returns Jackson's or snakeyaml's message without its location and source snippet, which
   * snakeyaml indents, on one line.
   */
  private static String firstSentence(String message) {
    String text =
        message
            .lines()
            .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .collect(Collectors.joining(", "));
    int at = text.indexOf(" at [Source");
    return at >= 0 ? text.substring(0, at) : text;
  }
}
