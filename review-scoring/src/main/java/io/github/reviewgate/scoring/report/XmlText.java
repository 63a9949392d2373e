package io.github.reviewgate.scoring.report;

/**
 * Makes text safe for XML 1.0, which cannot hold most control characters or unpaired surrogates
 * even when escaped. The XML writer escapes markup characters itself.
 */
final class XmlText {

  private static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /** Replaces each character that XML 1.0 does not allow with U+FFFD. */
  static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        cleaned.append(c).append(text.charAt(i + 1));
        i++;
      } else if (isAllowed(c)) {
        cleaned.append(c);
      } else {
        cleaned.append(REPLACEMENT);
      }
    }
    return cleaned.toString();
  }

  private static boolean isAllowed(char c) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
