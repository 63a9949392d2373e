package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ReaderNotice;
import java.util.List;
import java.util.Optional;

/**
 * A review's text with the byte order mark removed and every line ending turned into {@code \n}, so
 * that commonmark's line indexes are the file's lines.
 *
 * @param text the normalised text
 * @param lines the normalised text split into lines, without their endings
 */
record SourceText(String text, List<String> lines) {

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
      Optional<String> found = DoubleEncoding.find(lines.get(i));
      if (found.isPresent()) {
        notices.add(
            ReaderNotice.warning(
                i + 1,
                "the text '"
                    + found.get()
                    + "' looks like UTF-8 that was decoded twice (such as âœ… for ✅); save the"
                    + " file as UTF-8 and fix the line"));
        reported++;
      }
    }
  }
}
