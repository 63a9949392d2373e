package io.github.reviewgate.model.read.structured;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words that name enum constants in YAML and JSON: the constant in lower camel case, such as
 * {@code notDone} for {@code NOT_DONE}. Words compare ignoring case, spaces, hyphens and
 * underscores, so {@code not done}, {@code NOT_DONE} and {@code not-done} all match.
 */
final class EnumWords {

  private EnumWords() {}

  static String word(Enum<?> constant) {
    StringBuilder word = new StringBuilder();
    for (String part : constant.name().toLowerCase(Locale.ROOT).split("_")) {
      word.append(
          word.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return word.toString();
  }

  static <E extends Enum<E>> Optional<E> match(Class<E> type, String text) {
    String key = normalize(text);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> normalize(word(constant)).equals(key))
        .findFirst();
  }

  /** Returns the words of every constant, such as "done, notDone, partial, notApplicable". */
  static String list(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(EnumWords::word)
        .collect(Collectors.joining(", "));
  }

  private static String normalize(String text) {
    return text.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
  }
}
