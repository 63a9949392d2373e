package io.github.reviewgate.model.read.markdown;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/** Folds text for comparison with the vocabulary, independent of the default locale. */
final class Words {

  private static final Pattern ACCENTS = Pattern.compile("[\\x{0300}-\\x{036F}]");
  private static final Pattern VARIATION_SELECTORS = Pattern.compile("[\\x{FE0E}\\x{FE0F}]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\x{00A0}\\x{2007}\\x{202F}]+");
  private static final Pattern KEY_SEPARATORS = Pattern.compile("[ _\\-]");

  private Words() {}

  /**
   * Lower-cases {@code text}, folds full-width forms and accents ("Approuvé" is "approuve"), drops
   * variation selectors and collapses white space.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = ACCENTS.matcher(decomposed).replaceAll("");
    plain = VARIATION_SELECTORS.matcher(plain).replaceAll("");

    // NFC recomposes kana with their voicing marks, which the accent range above leaves alone.
    String composed = Normalizer.normalize(plain, Normalizer.Form.NFC);
    return SPACES.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * Folds a key and drops its spaces, hyphens and underscores: {@code next_review}, {@code Next
   * Review} and {@code nextReview} are all {@code nextreview}, and {@code Décision} is {@code
   * decision}.
   */
  static String key(String key) {
    return KEY_SEPARATORS.matcher(fold(key)).replaceAll("");
  }

  /**
   * Returns where words end in {@link #key}{@code (key)}: at a space, hyphen or underscore, at a
   * change from lower to upper case ("nextReview"), after a Chinese or Japanese character, and at
   * the end. So "Date de revue" begins with the word "date", and "Datenschutz" does not.
   */
  static IntPredicate keyWordEnds(String key) {
    String plain = ACCENTS.matcher(Normalizer.normalize(key, Normalizer.Form.NFKD)).replaceAll("");
    plain =
        VARIATION_SELECTORS
            .matcher(Normalizer.normalize(plain, Normalizer.Form.NFC))
            .replaceAll("");
    String normalized = key(key);

    Set<Integer> ends = new HashSet<>();
    int keptLength = 0;
    int previous = ' ';
    for (int i = 0; i < plain.length(); i += Character.charCount(plain.codePointAt(i))) {
      int c = plain.codePointAt(i);
      boolean separator =
          Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '_';
      if (separator || (Character.isLowerCase(previous) && Character.isUpperCase(c))) {
        ends.add(keptLength);
      }
      if (!separator) {
        keptLength += Character.charCount(c);
        if (isCjk(c)) {
          ends.add(keptLength);
        }
      }
      previous = c;
    }
    ends.add(normalized.length());

    // NOTE: a key whose folding changes its length (a ligature such as "ﬁ") accepts every end.
    return keptLength == normalized.length() ? ends::contains : end -> true;
  }

  /** Returns whether {@code codePoint} belongs to a script written without spaces between words. */
  static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || codePoint == 0x30FC;
  }

  /** Returns whether {@code codePoint} continues a word: a letter or a digit. */
  static boolean isWordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }
}
