package io.github.reviewgate.scoring.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a waivers file: YAML with a {@code waivers} list (or a bare list) whose entries have a
 * {@code rule}, an optional {@code match}, a {@code reason} and an {@code expires} date.
 *
 * <pre>
 * waivers:
 *   - rule: open-finding
 *     match: Audit events not forwarded
 *     reason: the SIEM connector ships in release 2.4
 *     expires: 2026-06-30
 * </pre>
 */
public final class WaiversFile {

  /** Waivers files are short; a larger one is a mistake, not a list of waivers. */
  static final long MAX_FILE_SIZE = 1024 * 1024;

  private static final String FIELDS = "rule, match, reason and expires";

  private final Path file;
  private final JsonParser parser;

  private WaiversFile(Path file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /**
   * Reads the waivers in {@code file}, each with its line.
   *
   * @throws WaiversFileException when the file cannot be read or is not valid YAML, or when an
   *     entry has an unknown field, a missing required field, an unknown rule id or an invalid
   *     date. The message names the file and line.
   */
  public static List<Waiver> read(Path file) throws WaiversFileException {
    byte[] content;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_SIZE) {
        throw new WaiversFileException(
            file, 0, "the file is " + size + " bytes, over the limit of " + MAX_FILE_SIZE, null);
      }
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new WaiversFileException(file, 0, "cannot read the waivers file: " + e, e);
    }

    YAMLMapper mapper = YAMLMapper.builder().build();
    try (JsonParser parser = mapper.createParser(content)) {
      return new WaiversFile(file, parser).entries();
    } catch (JacksonException e) {
      throw new WaiversFileException(
          file, lineOf(e.getLocation()), "invalid YAML: " + summary(e.getOriginalMessage()), e);
    }
  }

  private List<Waiver> entries() throws WaiversFileException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return List.of();
    }
    if (token == JsonToken.START_OBJECT) {
      token = openWaiversList();
      if (token == null) {
        return List.of();
      }
    }
    if (token != JsonToken.START_ARRAY) {
      throw problem("expected a list of waivers under \"waivers:\"");
    }

    List<Waiver> waivers = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      waivers.add(entry());
    }
    if (parser.currentToken() != JsonToken.END_ARRAY) {
      throw problem("each waiver must be a mapping with the fields " + FIELDS);
    }
    return waivers;
  }

  /** Reads the root mapping up to its {@code waivers} value; null when that value is empty. */
  private JsonToken openWaiversList() throws WaiversFileException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    if (!"waivers".equals(parser.currentName())) {
      throw problem(
          "unknown field "
              + Messages.quote(parser.currentName())
              + "; the file holds one field, waivers");
    }
    JsonToken value = parser.nextToken();
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    return value;
  }

  private Waiver entry() throws WaiversFileException {
    int line = lineOf(parser.currentTokenLocation());
    Map<String, String> fields = new HashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      int fieldLine = lineOf(parser.currentTokenLocation());
      if (!List.of("rule", "match", "reason", "expires").contains(name)) {
        throw new WaiversFileException(
            file,
            fieldLine,
            "unknown field " + Messages.quote(name) + "; the fields are " + FIELDS,
            null);
      }
      if (fields.containsKey(name)) {
        throw new WaiversFileException(
            file, fieldLine, "the field " + Messages.quote(name) + " appears twice", null);
      }
      JsonToken value = parser.nextToken();
      if (!value.isScalarValue()) {
        throw new WaiversFileException(
            file, fieldLine, "the field " + Messages.quote(name) + " must be a single value", null);
      }
      fields.put(name, value == JsonToken.VALUE_NULL ? "" : parser.getString().strip());
    }
    return waiver(fields, line);
  }

  private Waiver waiver(Map<String, String> fields, int line) throws WaiversFileException {
    String rule = required(fields, "rule", line);
    if (!RuleIds.isKnown(rule)) {
      throw new WaiversFileException(file, line, RuleIds.unknown(rule), null);
    }
    String reason = required(fields, "reason", line);
    String expiresText = required(fields, "expires", line);
    LocalDate expires;
    try {
      expires = LocalDate.parse(expiresText);
    } catch (DateTimeParseException e) {
      throw new WaiversFileException(
          file,
          line,
          "the expiry date " + Messages.quote(expiresText) + " is not a date such as 2026-06-30",
          e);
    }
    Optional<String> match =
        Optional.ofNullable(fields.get("match")).filter(text -> !text.isEmpty());
    return new Waiver(rule, match, reason, expires, line, Optional.of(file));
  }

  private String required(Map<String, String> fields, String name, int line)
      throws WaiversFileException {
    String value = fields.getOrDefault(name, "");
    if (value.isEmpty()) {
      throw new WaiversFileException(
          file,
          line,
          "the waiver has no " + name + "; each waiver needs a rule, a reason and an expires date",
          null);
    }
    return value;
  }

  private WaiversFileException problem(String message) {
    return new WaiversFileException(file, lineOf(parser.currentTokenLocation()), message, null);
  }

  /**
   * Returns the YAML parser's message on one line: its problem lines without the excerpt and caret
   * lines it adds below each.
   */
  private static String summary(String message) {
    return message
        .lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .map(String::strip)
        .reduce((first, second) -> first + "; " + second)
        .orElse("");
  }

  private static int lineOf(TokenStreamLocation location) {
    return location == null ? 0 : Math.max(location.getLineNr(), 0);
  }
}
