package io.github.reviewgate.model.read;

import io.github.reviewgate.model.ReaderNotice;
import java.nio.file.Path;
import java.util.List;

/**
 * A review file's bytes decoded as UTF-8.
 *
 * @param text the decoded text, with U+FFFD for each byte sequence that is not valid UTF-8
 * @param notices a warning for each of the first five lines that contain such a sequence, then one
 *     warning for the remaining lines
 */
public record Utf8Text(String text, List<ReaderNotice> notices) {

  public Utf8Text {
    notices = List.copyOf(notices);
  }

  /** Returns text that is known to be valid, such as a string a test wrote. */
  public static Utf8Text of(String text) {
    return new Utf8Text(text, List.of());
  }

  /**
   * Decodes {@code content}, which came from {@code file}.
   *
   * @throws ReviewReadException when the content is UTF-16 or binary rather than UTF-8 text
   */
  public static Utf8Text decode(byte[] content, Path file) throws ReviewReadException {
    return new Utf8Decoding(content, file).decode();
  }

  /** Returns whether every byte of the file was valid UTF-8. */
  public boolean valid() {
    return notices.isEmpty();
  }
}
