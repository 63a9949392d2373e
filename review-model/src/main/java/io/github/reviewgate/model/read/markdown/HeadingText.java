package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.SectionStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading split into its numbering, title and status mark: {@code 3. Data Security ✅} is number
 * "3", title "Data Security", status passed.
 *
 * @param number the numbering, if any
 * @param title the title, with bold and ALL-CAPS normalised
 * @param status the status mark, or {@link SectionStatus#NONE}
 */
public record HeadingText(Optional<String> number, String title, SectionStatus status) {

  /** Marks with and without U+FE0F; the first mark in the heading decides. */
  private static final Pattern MARK =
      Pattern.compile(
          "(?<passed>[✅✔✓☑🟢]|\\[OK]|\\[PASS(?:ED)?])"
              + "|(?<warning>[⚠🟡🟠]|\\[WARN(?:ING)?])"
              + "|(?<failed>[❌✖✗✘🔴⛔]|\\[FAIL(?:ED)?])",
          Pattern.CASE_INSENSITIVE);

  /**
   * Numbering: "3.", "3.1", "3.1.", "3)", "3 -", "Section 3:", "Step 2 -", or a Chinese numeral
   * with 、. A number followed only by a space is none, so "2026 Roadmap" keeps its year.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "^(?:(?:section|sektion|abschnitt|secci[oó]n|chapter|kapitel|chapitre|cap[ií]tulo|part|"
              + "teil|partie|parte|step|schritt|[ée]tape|paso)\\s+)?"
              + "(?<number>\\d+(?:\\.\\d+)+\\.?|\\d+[.)．]|\\d+(?=\\s*[:：\\-–—]))"
              + "\\s*[:：\\-–—]?\\s*(?<title>\\S.*)$"
              + "|^(?<cjk>[一二三四五六七八九十]+)[、.．]\\s*(?<cjkTitle>\\S.*)$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with");

  /** Splits a heading's plain text. */
  public static HeadingText parse(String text) {
    SectionStatus status = SectionStatus.NONE;
    Matcher mark = MARK.matcher(text);
    String rest = text;
    if (mark.find()) {
      status = statusOf(mark);
      rest = MARK.matcher(text).replaceAll(" ");
    }
    rest = InlineText.clean(rest);

    Optional<String> number = Optional.empty();
    Matcher numbered = NUMBER.matcher(rest);
    if (numbered.matches()) {
      boolean cjk = numbered.group("cjk") != null;
      String digits = cjk ? numbered.group("cjk") : numbered.group("number");
      number = Optional.of(digits.replaceAll("[.)．]$", ""));
      rest = cjk ? numbered.group("cjkTitle") : numbered.group("title");
    }
    return new HeadingText(number, titleCase(rest.strip()), status);
  }

  private static SectionStatus statusOf(Matcher mark) {
    if (mark.group("passed") != null) {
      return SectionStatus.PASSED;
    }
    return mark.group("warning") != null ? SectionStatus.WARNING : SectionStatus.FAILED;
  }

  /** Turns an ALL-CAPS title into title case; other titles are kept as written. */
  static String titleCase(String title) {
    // Every letter must be a capital, so "ポイント交換 API" (uncased letters) is kept as written.
    long capitals = title.codePoints().filter(Character::isUpperCase).count();
    long letters = title.codePoints().filter(Character::isLetter).count();
    if (capitals < 2 || capitals != letters) {
      return title;
    }

    String[] words = title.toLowerCase(Locale.ROOT).split(" ");
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i > 0) {
        result.append(' ');
      }
      if (i > 0 && SMALL_WORDS.contains(word)) {
        result.append(word);
      } else if (!word.isEmpty()) {
        int first = word.codePointAt(0);
        result
            .appendCodePoint(Character.toTitleCase(first))
            .append(word.substring(Character.charCount(first)));
      }
    }
    return result.toString();
  }
}
