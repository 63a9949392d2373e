package io.github.reviewgate.model.read.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key/value pair written on a source line, in any header-field form: {@code **Key**: value},
 * {@code **Key:** value}, {@code Key: value}, with an ASCII or full-width colon and optional space
 * before it. List markers and blockquote markers are already removed by the parser.
 *
 * @param key the key without markup
 * @param value the value cleaned of emoji, bold, inline code and struck-through text
 * @param raw the value as written
 * @param line the 1-based source line
 */
record KeyValue(String key, String value, String raw, int line) {

  private static final Pattern BOLD_KEY =
      Pattern.compile("^(\\*\\*|__)((?:(?!\\1)[^*])+?)\\1\\s*[:：]\\s*(.*)$");
  private static final Pattern BOLD_KEY_WITH_COLON =
      Pattern.compile("^(\\*\\*|__)((?:(?!\\1)[^*])+?)\\s*[:：]\\s*\\1\\s*(.*)$");
  private static final Pattern PLAIN_KEY =
      Pattern.compile("^([^:：*|\\[\\]()`<>]{1,40}?)\\s*[:：]\\s*(.*)$");
  private static final Pattern HARD_BREAK = Pattern.compile("(\\\\|\\s+)$");
  private static final int MAX_PLAIN_KEY_WORDS = 4;

  /**
   * Reads the pairs on one source line: one pair, several separated by {@code |}, or none when the
   * line is ordinary text.
   */
  static List<KeyValue> parseLine(String text, int line) {
    String trimmed = HARD_BREAK.matcher(text.strip()).replaceAll("").strip();
    if (trimmed.contains("|")) {
      List<KeyValue> pairs = new ArrayList<>();
      for (String part : trimmed.split("\\|")) {
        parsePair(part.strip(), line).ifPresent(pairs::add);
      }
      if (pairs.size() >= 2) {
        return pairs;
      }
    }
    return parsePair(trimmed, line).map(List::of).orElse(List.of());
  }

  private static Optional<KeyValue> parsePair(String text, int line) {
    for (Pattern bold : List.of(BOLD_KEY, BOLD_KEY_WITH_COLON)) {
      Matcher matcher = bold.matcher(text);
      if (matcher.matches()) {
        return Optional.of(of(matcher.group(2), matcher.group(3), line));
      }
    }
    Matcher plain = PLAIN_KEY.matcher(text);
    if (plain.matches() && isPlainKey(plain.group(1).strip(), plain.group(2))) {
      return Optional.of(of(plain.group(1), plain.group(2), line));
    }
    return Optional.empty();
  }

  private static boolean isPlainKey(String key, String value) {
    if (key.isEmpty() || value.startsWith("//") || !key.chars().anyMatch(Character::isLetter)) {
      return false;
    }
    return key.split("\\s+").length <= MAX_PLAIN_KEY_WORDS;
  }

  private static KeyValue of(String key, String raw, int line) {
    String value = raw.strip();
    return new KeyValue(key.strip(), InlineText.value(value), value, line);
  }
}
