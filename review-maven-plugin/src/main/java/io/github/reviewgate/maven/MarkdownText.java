package io.github.reviewgate.maven;

/** Writes plain text into Markdown so that a reader gets the same text back. */
final class MarkdownText {

  /**
   * The characters that could start Markdown or HTML markup in a heading: CommonMark lets a
   * backslash escape any ASCII punctuation, so each of these is written after one.
   */
  private static final String SPECIAL = "\\`*_<>[]|#~&!";

  private MarkdownText() {}

  /** Escapes {@code text}, keeping it on one line. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.replaceAll("\\R", " ").toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
