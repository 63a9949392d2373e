package io.github.reviewgate.model.read.markdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Detects UTF-8 text that was decoded as Windows-1252 or Latin-1 and encoded again, so that ✅ reads
 * {@code âœ…} and é reads {@code Ã©}. Each character of such text stands for one byte of a UTF-8
 * sequence: a lead byte (Â to ô) followed by continuation bytes (0x80 to 0xBF, which Windows-1252
 * shows as € ‚ ƒ … Ÿ and Latin-1 as U+0080 to U+00BF).
 */
public final class DoubleEncoding {

  /**
   * Windows-1252 characters for the bytes 0x80 to 0x9F; undefined bytes keep their Latin-1 code.
   */
  private static final String CP1252_HIGH =
      "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

  /**
   * A decoder that maps the five bytes Windows-1252 leaves undefined to U+FFFD (as Java's does)
   * loses the byte, so a replacement character after a lead byte counts as a continuation byte.
   */
  private static final char REPLACEMENT = '\uFFFD';

  private DoubleEncoding() {}

  /**
   * Returns the first double-encoded sequence in {@code line} as written (such as {@code âœ…}), or
   * nothing when the line contains none.
   */
  public static Optional<String> find(String line) {
    for (int i = 0; i < line.length(); i++) {
      int length = sequenceLength(line.charAt(i));
      if (length == 0 || i + length > line.length()) {
        continue;
      }
      byte[] bytes = new byte[length];
      bytes[0] = (byte) line.charAt(i);
      boolean continued = true;
      boolean replaced = false;
      for (int k = 1; k < length && continued; k++) {
        char c = line.charAt(i + k);
        replaced |= c == REPLACEMENT;
        int value = c == REPLACEMENT ? 0x80 : continuationByte(c);
        continued = value >= 0;
        bytes[k] = (byte) value;
      }
      if (continued && (replaced || isUtf8(bytes))) {
        return Optional.of(line.substring(i, i + length));
      }
    }
    return Optional.empty();
  }

  /** Returns the length of the UTF-8 sequence a lead byte starts, or 0 for any other character. */
  private static int sequenceLength(char c) {
    if (c >= 0xC2 && c <= 0xDF) {
      return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      return 3;
    }
    return c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  }

  /** Returns the continuation byte a character stands for, or -1. */
  private static int continuationByte(char c) {
    int index = CP1252_HIGH.indexOf(c);
    if (index >= 0) {
      return 0x80 + index;
    }
    return c >= 0x80 && c <= 0xBF ? c : -1;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
