package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;

/**
 * The longest line a YAML review may have.
 *
 * <p>snakeyaml-engine 3.0.1 scans a plain scalar in time that grows with the square of its line's
 * length (a 4 MB line took about 10 s, against 0.3 s for 4 MB in 64 KiB lines, on a shared 2-core
 * machine), so a bound on the line length keeps YAML reading time linear in the file size.
 */
final class LineLength {

  static final int MAX_YAML_LINE_BYTES = 65_536;

  private LineLength() {}

  /** Rejects the first line longer than {@link #MAX_YAML_LINE_BYTES}. */
  static void check(byte[] content, SourceFile source) throws ReviewReadException {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n' || content[i] == '\r') {
        if (i - start > MAX_YAML_LINE_BYTES) {
          throw tooLong(source, line, i - start);
        }
        if (i < content.length
            && (content[i] == '\n' || i + 1 >= content.length || content[i + 1] != '\n')) {
          line++;
        }
        start = i + 1;
      }
    }
  }

  private static ReviewReadException tooLong(SourceFile source, int line, int length) {
    return ReadErrors.at(
        source,
        "",
        line,
        "the line is "
            + length
            + " bytes long, over the limit of "
            + MAX_YAML_LINE_BYTES
            + " for YAML; break long text over several lines, for example as a folded block (>)",
        null);
  }
}
