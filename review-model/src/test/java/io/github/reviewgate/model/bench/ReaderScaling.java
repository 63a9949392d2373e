package io.github.reviewgate.model.bench;

import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import io.github.reviewgate.model.read.ReviewReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints how long {@link ReviewReader} takes for review files of 1, 2, 4 and 8 MB in each format,
 * to show that reading time grows linearly with size. A plain main class, not a test: run it with
 *
 * <pre>
 * mvn -q -pl review-model test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=io.github.reviewgate.model.bench.ReaderScaling
 * </pre>
 *
 * Each size is read five times after two warm-up reads; the fastest time is printed.
 */
public final class ReaderScaling {

  private static final int MEGABYTE = 1024 * 1024;
  private static final int[] SIZES_MB = {1, 2, 4, 8};

  private ReaderScaling() {}

  public static void main(String[] args) throws ReviewReadException {
    ReviewReader reader = ReviewReader.create().withMaxFileSize(16L * MEGABYTE);
    for (ReviewFormat format : ReviewFormat.values()) {
      for (int megabytes : SIZES_MB) {
        byte[] content = document(format, megabytes * MEGABYTE);
        SourceFile source = new SourceFile(Path.of("review"), format);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
          long start = System.nanoTime();
          reader.read(content, source);
          long elapsed = System.nanoTime() - start;
          best = run < 2 ? best : Math.min(best, elapsed);
        }
        System.out.printf(
            Locale.ROOT,
            "%-8s %d MB: %6d ms (%.1f ms per MB)%n",
            format,
            megabytes,
            best / 1_000_000,
            best / 1_000_000.0 / megabytes);
      }
    }
  }

  /** Builds a review of about {@code bytes} bytes: sections of ten items each. */
  private static byte[] document(ReviewFormat format, int bytes) {
    StringBuilder text = new StringBuilder(bytes + 1024);
    text.append(header(format));
    for (int section = 0; text.length() < bytes; section++) {
      text.append(section(format, section));
    }
    text.append(footer(format));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ReviewFormat format) {
    return switch (format) {
      case MARKDOWN -> "# Scaling Review\n\n**Date**: 2026-03-10\n**Status**: APPROVED\n\n";
      case YAML -> "title: Scaling Review\ndate: 2026-03-10\nstatus: approved\nsections:\n";
      case JSON -> "{\"title\": \"Scaling Review\", \"date\": \"2026-03-10\", \"sections\": [\n";
    };
  }

  private static String footer(ReviewFormat format) {
    return switch (format) {
      case MARKDOWN, YAML -> "";
      case JSON -> "{\"title\": \"Last\"}]}\n";
    };
  }

  private static String section(ReviewFormat format, int number) {
    StringBuilder section = new StringBuilder();
    switch (format) {
      case MARKDOWN ->
          section.append("### ").append(number).append(". Area ").append(number).append(" ✅\n");
      case YAML ->
          section
              .append("  - title: Area ")
              .append(number)
              .append("\n    score: 9/10\n    items:\n");
      case JSON ->
          section
              .append("{\"title\": \"Area ")
              .append(number)
              .append("\", \"score\": \"9/10\", \"items\": [\n");
    }
    for (int item = 0; item < 10; item++) {
      String text = "checked item " + item + " of area " + number + ", with a sentence of detail";
      switch (format) {
        case MARKDOWN ->
            section.append("- [x] **Check ").append(item).append("**: ").append(text).append('\n');
        case YAML ->
            section
                .append("      - label: Check ")
                .append(item)
                .append("\n        text: ")
                .append(text)
                .append("\n        state: done\n");
        case JSON ->
            section
                .append("  {\"label\": \"Check ")
                .append(item)
                .append("\", \"text\": \"")
                .append(text)
                .append("\", \"state\": \"done\"}")
                .append(item < 9 ? ",\n" : "\n");
      }
    }
    switch (format) {
      case MARKDOWN -> section.append("**Area Score**: 9/10\n\n");
      case YAML -> {}
      case JSON -> section.append("]},\n");
    }
    return section.toString();
  }
}
