package io.github.reviewgate.model.read.markdown;

import java.util.regex.Pattern;

/** Cleans a value of emoji, bold markers and inline code, keeping its words. */
public final class InlineText {

  /** Keycaps such as 1️⃣ are a digit, an optional variation selector and U+20E3. */
  private static final Pattern KEYCAP = Pattern.compile("[0-9#*]\\x{FE0F}?\\x{20E3}");

  /**
   * Pictographs, dingbats and the marks review documents use (✅ ⚠️ ❌ ☑ ⬜ 🟢), with the joiners,
   * variation selectors, skin tones and tags that build emoji sequences. Letters, digits, CJK text
   * and ordinary punctuation are outside these ranges.
   */
  private static final Pattern EMOJI =
      Pattern.compile(
          "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}\\x{231A}\\x{231B}"
              + "\\x{2328}\\x{23CF}\\x{23E9}-\\x{23FA}\\x{25AA}\\x{25AB}\\x{25B6}\\x{25C0}"
              + "\\x{25FB}-\\x{25FE}\\x{2139}\\x{3030}\\x{303D}\\x{3297}\\x{3299}"
              + "\\x{200D}\\x{20E3}\\x{FE0E}\\x{FE0F}\\x{E0020}-\\x{E007F}]");

  private static final Pattern BOLD =
      Pattern.compile("\\*\\*|(?<![\\p{L}\\p{N}])__|__(?![\\p{L}\\p{N}])");

  /** A struck-through span; possessive, so a line of unclosed {@code ~~} stays linear. */
  private static final Pattern STRUCK = Pattern.compile("~~[^~]++~~");

  private static final Pattern SPACES =
      Pattern.compile("[\\s\\x{00A0}\\x{2007}\\x{202F}\\x{3000}]+");

  private InlineText() {}

  /**
   * Returns {@code raw} without emoji, {@code **} and {@code __} bold markers and inline-code
   * backticks, with runs of white space collapsed to one space and trimmed: {@code ✅ **APPROVED**
   * (2026-02-08)} is {@code APPROVED (2026-02-08)}.
   */
  public static String clean(String raw) {
    String text = KEYCAP.matcher(raw).replaceAll(" ");
    text = EMOJI.matcher(text).replaceAll(" ");
    text = BOLD.matcher(text).replaceAll("");
    text = text.replace("`", "");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Returns a field's value as {@link #clean} does, without its struck-through spans: a writer
   * strikes a value through to retract it, so {@code ~~APPROVED~~ REJECTED} is {@code REJECTED}.
   */
  static String value(String raw) {
    return clean(STRUCK.matcher(raw).replaceAll(" "));
  }
}
