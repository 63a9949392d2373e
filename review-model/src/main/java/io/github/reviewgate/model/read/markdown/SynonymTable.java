package io.github.reviewgate.model.read.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Words of one vocabulary category, each mapped to a value, with the ways the reader looks them up.
 * Words are stored folded; callers pass folded text (see {@link Words}).
 */
final class SynonymTable<T> {

  private final String category;
  private final Map<String, T> values = new HashMap<>();

  SynonymTable(String category) {
    this.category = category;
  }

  /**
   * Adds a folded word.
   *
   * @throws IllegalStateException when the word already means something else in this category
   */
  void add(String word, T value, String source) {
    T previous = values.putIfAbsent(word, value);
    if (previous != null && !previous.equals(value)) {
      throw new IllegalStateException(
          source + ": '" + word + "' in " + category + " means both " + previous + " and " + value);
    }
  }

  Set<String> words() {
    return values.keySet();
  }

  /** Returns the value of a word that equals {@code text}. */
  Optional<T> exact(String text) {
    return Optional.ofNullable(values.get(text));
  }

  /**
   * Returns the value of the longest word that {@code key} equals, ends with or begins with, where
   * a word at the start must end where {@code wordEnds} accepts. On a tie the word at the start
   * wins, because a key such as "Next Review Date" names its subject first and its type last.
   */
  Optional<T> key(String key, IntPredicate wordEnds) {
    String best = null;
    boolean bestAtStart = false;
    for (String word : values.keySet()) {
      boolean atStart = key.startsWith(word) && wordEnds.test(word.length());
      boolean atEnd = key.endsWith(word);
      if (!atStart && !atEnd) {
        continue;
      }
      boolean longer = best == null || word.length() > best.length();
      boolean wins = best != null && word.length() == best.length() && atStart && !bestAtStart;
      if (longer || wins) {
        best = word;
        bestAtStart = atStart;
      }
    }
    return Optional.ofNullable(best).map(values::get);
  }

  /**
   * Returns the value of the longest word that {@code text} begins with, where a word written in
   * Latin letters must end at a word boundary ("go" does not begin "good" or "go-live").
   */
  Optional<T> leading(String text) {
    return leadingWord(text).map(values::get);
  }

  /** Returns the longest word that {@code text} begins with, as {@link #leading} matches it. */
  Optional<String> leadingWord(String text) {
    String best = null;
    for (String word : values.keySet()) {
      boolean matches = text.startsWith(word) && endsAtBoundary(text, word.length(), true);
      if (matches && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns every occurrence of a word in {@code text} as a whole word, in text order. */
  List<Occurrence<T>> occurrences(String text) {
    List<Occurrence<T>> found = new ArrayList<>();
    for (Map.Entry<String, T> entry : values.entrySet()) {
      String word = entry.getKey();
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (startsAtBoundary(text, at) && endsAtBoundary(text, at + word.length(), false)) {
          found.add(new Occurrence<>(at, word, entry.getValue()));
        }
      }
    }
    found.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.word().length(), a.word().length()));
    return found;
  }

  private static boolean startsAtBoundary(String text, int start) {
    if (start == 0 || Words.isCjk(text.codePointAt(start))) {
      return true;
    }
    return !Words.isWordPart(text.codePointBefore(start));
  }

  private static boolean endsAtBoundary(String text, int end, boolean hyphenJoins) {
    if (end >= text.length() || Words.isCjk(text.codePointBefore(end))) {
      return true;
    }
    int next = text.codePointAt(end);
    return !Words.isWordPart(next) && !(hyphenJoins && next == '-');
  }

  /** One place a word was found. */
  record Occurrence<T>(int start, String word, T value) {
    int end() {
      return start + word.length();
    }
  }
}
