package io.github.reviewgate.model.read;

import io.github.reviewgate.model.ReaderNotice;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One decoding of a file's bytes as UTF-8. It rejects UTF-16 and binary content, which would read
 * as garbage, and finds the lines of text that another encoding (such as Latin-1) left invalid.
 */
final class Utf8Decoding {

  private static final int MAX_LINE_NOTICES = 5;

  /** Content with more than this share (in tenths) of bytes that are not text is binary. */
  private static final int BINARY_TENTHS = 3;

  /** Below this many bytes that are not text, the content is read as text with warnings. */
  private static final int MIN_BINARY_BYTES = 16;

  private final byte[] content;
  private final Path file;
  private final List<Integer> badLines = new ArrayList<>();
  private int notTextBytes;

  Utf8Decoding(byte[] content, Path file) {
    this.content = content;
    this.file = file;
  }

  Utf8Text decode() throws ReviewReadException {
    rejectUtf16AndNul();
    String text = decodeReporting();
    notTextBytes += controlCharacters(text);
    if (notTextBytes >= MIN_BINARY_BYTES && notTextBytes * 10L > content.length * BINARY_TENTHS) {
      throw notText(badLines.isEmpty() ? 1 : badLines.get(0), "binary data");
    }
    return new Utf8Text(text, lineNotices());
  }

  /** Rejects a UTF-16 byte order mark and NUL bytes, which no UTF-8 review contains. */
  private void rejectUtf16AndNul() throws ReviewReadException {
    if (content.length >= 2
        && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
            || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
      throw notText(1, "UTF-16");
    }
    int[] nulsAt = new int[2];
    int first = -1;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == 0) {
        nulsAt[i % 2]++;
        first = first < 0 ? i : first;
      }
    }
    int nuls = nulsAt[0] + nulsAt[1];
    if (nuls == 0) {
      return;
    }
    // UTF-16 text that is mostly ASCII has a NUL in every other byte, all on one side.
    boolean oneSide = Math.max(nulsAt[0], nulsAt[1]) * 10L >= nuls * 9L;
    if (oneSide && nuls * 4L >= content.length) {
      throw notText(1, "UTF-16");
    }
    throw notText(lineOfByte(first), "binary data");
  }

  /** Returns the 1-based line of the byte at {@code index}, counting LF, CRLF and lone CR. */
  private int lineOfByte(int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (content[i] == '\n' || (content[i] == '\r' && content[i + 1] != '\n')) {
        line++;
      }
    }
    return line;
  }

  /**
   * Decodes the content, replacing each invalid sequence with U+FFFD and noting its line. The
   * output never needs more chars than the input has bytes, so one buffer is enough.
   */
  private String decodeReporting() {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    LineCounter lines = new LineCounter(out);
    CoderResult result = decoder.decode(in, out, true);
    while (result.isError()) {
      int line = lines.lineAt(out.position());
      if (badLines.isEmpty() || badLines.get(badLines.size() - 1) != line) {
        badLines.add(line);
      }
      notTextBytes += result.length();
      in.position(in.position() + result.length());
      out.put('\uFFFD');
      result = decoder.decode(in, out, true);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static int controlCharacters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        count++;
      }
    }
    return count;
  }

  private List<ReaderNotice> lineNotices() {
    List<ReaderNotice> notices = new ArrayList<>();
    for (int i = 0; i < badLines.size() && i < MAX_LINE_NOTICES; i++) {
      notices.add(
          ReaderNotice.warning(
              badLines.get(i),
              "this line is not valid UTF-8, so some of its characters read as \uFFFD; the file"
                  + " was saved in another encoding (such as Latin-1): save it as UTF-8"));
    }
    int more = badLines.size() - MAX_LINE_NOTICES;
    if (more > 0) {
      notices.add(
          ReaderNotice.warning(
              badLines.get(MAX_LINE_NOTICES),
              more
                  + " more lines from here on are not valid UTF-8 either; save the file as"
                  + " UTF-8"));
    }
    return notices;
  }

  /** Returns the rejection at {@code line}, the line of the first byte that is not text. */
  private ReviewReadException notText(int line, String looksLike) {
    String fix =
        looksLike.equals("UTF-16")
            ? "save it as UTF-8"
            : "point the gate at the review's Markdown, YAML or JSON file";
    return new ReviewReadException(
        file, line, "the file is not UTF-8 text (it looks like " + looksLike + "); " + fix);
  }

  /**
   * Counts the lines of decoded text up to a position, as the Markdown reader splits them: at LF,
   * CRLF and a lone CR. Positions only grow, so the whole count is linear.
   */
  private static final class LineCounter {

    private final CharBuffer out;
    private int counted;
    private int line = 1;

    LineCounter(CharBuffer out) {
      this.out = out;
    }

    int lineAt(int position) {
      for (; counted < position; counted++) {
        char c = out.get(counted);
        // The char after a CR at the end of the counted text is the invalid one, not an LF.
        if (c == '\n' || (c == '\r' && (counted + 1 >= position || out.get(counted + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }
}
