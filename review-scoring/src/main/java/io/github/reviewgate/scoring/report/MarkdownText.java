package io.github.reviewgate.scoring.report;

/**
 * Escapes user text for one line of GitHub-flavoured Markdown, such as a table cell or the rest of
 * a list item, so that it shows as written and can neither break the table nor add links, markup,
 * HTML or math.
 */
final class MarkdownText {

  /** The characters that mean something inline: emphasis, code, links, HTML, tables, math. */
  private static final String SPECIAL = "\\`*_[]<>|#~$&!";

  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        // A line break would end the table row or the list item.
        escaped.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
