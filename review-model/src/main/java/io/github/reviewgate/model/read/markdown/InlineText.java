package io.github.reviewgate.model.read.markdown;

/** Cleans a value of emoji, bold markers and inline code, keeping its words. */
public final class InlineText {

  private InlineText() {}

  /** Returns {@code raw} without emoji, {@code **}, {@code __} and backticks, trimmed. */
  public static String clean(String raw) {
    // TODO: placeholder; the full cleaner replaces it.
    return raw.replace("**", "").replace("`", "").replace("✅", "").replace("⚠️", "").trim();
  }
}
