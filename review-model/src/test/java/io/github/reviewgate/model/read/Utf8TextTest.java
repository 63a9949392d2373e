package io.github.reviewgate.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decodes review files as UTF-8 and rejects those in another encoding or not text at all. */
class Utf8TextTest {

  private static final Path FILE = Path.of("docs/review.md");

  private static final String REVIEW =
      String.join(
          "\n",
          "# Zahlungsdienst - Sicherheitsüberprüfung",
          "",
          "**Datum**: 12. November 2026",
          "**Status**: GENEHMIGT",
          "",
          "## Zugriff",
          "",
          "- [x] Schlüssel rotiert",
          "");

  private static final String UTF16_MESSAGE =
      "the file is not UTF-8 text (it looks like UTF-16); save it as UTF-8";

  private static final String BINARY_MESSAGE =
      "the file is not UTF-8 text (it looks like binary data); point the gate at the review's"
          + " Markdown, YAML or JSON file";

  private static final String LINE_MESSAGE =
      "this line is not valid UTF-8, so some of its characters read as \uFFFD; the file was"
          + " saved in another encoding (such as Latin-1): save it as UTF-8";

  private final ReviewReader reader = ReviewReader.create();

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"})
  void utf16(String charset) {
    byte[] content = REVIEW.getBytes(Charset.forName(charset));

    assertThatThrownBy(() -> Utf8Text.decode(content, FILE))
        .isInstanceOf(ReviewReadException.class)
        .hasMessage(UTF16_MESSAGE);
  }

  @Test
  void utf16LittleEndianMark() {
    byte[] content = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, "#");

    assertThatThrownBy(() -> Utf8Text.decode(content, FILE)).hasMessage(UTF16_MESSAGE);
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void utf16InEveryFormat(ReviewFormat format) {
    byte[] content = "title: Review\n".getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(() -> reader.read(content, new SourceFile(FILE, format)))
        .isInstanceOf(ReviewReadException.class)
        .hasMessage(UTF16_MESSAGE);
  }

  @Test
  void nulByteIsBinary() {
    byte[] content = withPrefix(new byte[] {'#', ' ', 0, 'x'}, "\nmore text\n");

    assertThatThrownBy(() -> Utf8Text.decode(content, FILE))
        .hasMessage(BINARY_MESSAGE)
        .extracting(e -> ((ReviewReadException) e).line())
        .isEqualTo(1);
  }

  @Test
  void binaryAtLineOfFirstNul() {
    byte[] content = withPrefix("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8), "d\0e");

    assertThatThrownBy(() -> Utf8Text.decode(content, FILE))
        .hasMessage(BINARY_MESSAGE)
        .extracting(e -> ((ReviewReadException) e).line())
        .isEqualTo(4);
  }

  @Test
  void randomBytesAreBinary() {
    byte[] content = new byte[20_000];
    new Random(7).nextBytes(content);

    assertThatThrownBy(() -> reader.read(content, new SourceFile(FILE, ReviewFormat.MARKDOWN)))
        .isInstanceOf(ReviewReadException.class)
        .hasMessage(BINARY_MESSAGE);
  }

  @Test
  void mostlyInvalidWithoutNulIsBinary() {
    byte[] content = new byte[400];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 2 == 0 ? 0xFF : 'a');
    }

    assertThatThrownBy(() -> Utf8Text.decode(content, FILE)).hasMessage(BINARY_MESSAGE);
  }

  @Test
  void latin1() throws ReviewReadException {
    byte[] content = REVIEW.getBytes(StandardCharsets.ISO_8859_1);

    Review review = reader.read(content, new SourceFile(FILE, ReviewFormat.MARKDOWN));

    assertThat(review.title()).contains("Zahlungsdienst - Sicherheits\uFFFDberpr\uFFFDfung");
    assertThat(review.notices())
        .containsExactly(
            ReaderNotice.warning(1, LINE_MESSAGE), ReaderNotice.warning(8, LINE_MESSAGE));
  }

  @Test
  void lineEndings() throws ReviewReadException {
    byte[] content = "a\r\nb\rc\r\u00e4\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(Utf8Text.decode(content, FILE).notices())
        .containsExactly(ReaderNotice.warning(4, LINE_MESSAGE));
  }

  @Test
  void fewLinesThenSummary() throws ReviewReadException {
    byte[] content = "\u00e4\n".repeat(8).getBytes(StandardCharsets.ISO_8859_1);

    Utf8Text text = Utf8Text.decode(content, FILE);

    assertThat(text.notices()).hasSize(6);
    assertThat(text.notices().get(4)).isEqualTo(ReaderNotice.warning(5, LINE_MESSAGE));
    assertThat(text.notices().get(5))
        .isEqualTo(
            ReaderNotice.warning(
                6, "3 more lines from here on are not valid UTF-8 either; save the file as UTF-8"));
  }

  @Test
  void invalidTextSkipsDoubleEncodingCheck() throws ReviewReadException {
    byte[] content = "# \u00c3\u00a9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    Review review = reader.read(content, new SourceFile(FILE, ReviewFormat.MARKDOWN));

    assertThat(review.notices()).containsExactly(ReaderNotice.warning(1, LINE_MESSAGE));
  }

  @Test
  void validText() throws ReviewReadException {
    Utf8Text text = Utf8Text.decode(("\uFEFF" + REVIEW).getBytes(StandardCharsets.UTF_8), FILE);

    assertThat(text.text()).isEqualTo("\uFEFF" + REVIEW);
    assertThat(text.valid()).isTrue();
  }

  private static byte[] withPrefix(byte[] prefix, String rest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(prefix);
    out.writeBytes(rest.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
