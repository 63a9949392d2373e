package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ReaderNotice;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A review's text with the byte order mark removed and every line ending turned into {@code \n}, so
 * that commonmark's line indexes are the file's lines.
 *
 * @param text the normalised text
 * @param lines the normalised text split into lines, without their endings
 */
record SourceText(String text, List<String> lines) {

  /**
   * A UTF-8 lead byte (Â, Ã, â or ð) decoded as Windows-1252 or Latin-1, followed by a continuation
   * byte decoded the same way: what UTF-8 text such as ✅ looks like after a second decoding.
   */
  private static final Pattern DOUBLE_ENCODED =
      Pattern.compile(
          "[\\u00C2\\u00C3\\u00E2\\u00F0][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178"
              + "\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E"
              + "\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]");

  private static final int MAX_DOUBLE_ENCODING_NOTICES = 10;

  SourceText {
    lines = List.copyOf(lines);
  }

  /** Removes a leading byte order mark and turns CRLF and lone CR line endings into LF. */
  static SourceText of(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    return new SourceText(text, List.of(text.split("\n", -1)));
  }

  /** Returns the 0-based line's text, or an empty string when it is out of range. */
  String line(int index) {
    return index >= 0 && index < lines.size() ? lines.get(index) : "";
  }

  /** Reports each line that contains double-encoded UTF-8, up to a few lines. */
  void reportDoubleEncoding(List<ReaderNotice> notices) {
    int reported = 0;
    for (int i = 0; i < lines.size() && reported < MAX_DOUBLE_ENCODING_NOTICES; i++) {
      var matcher = DOUBLE_ENCODED.matcher(lines.get(i));
      if (matcher.find()) {
        notices.add(
            ReaderNotice.warning(
                i + 1,
                "the text '"
                    + matcher.group()
                    + "' looks like UTF-8 that was decoded twice (such as âœ… for ✅); save the"
                    + " file as UTF-8 and fix the line"));
        reported++;
      }
    }
  }
}
