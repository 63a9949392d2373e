package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.SectionStatus;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading split into its numbering, title and status mark: {@code 3. Data Security ✅} is number
 * "3", title "Data Security", status passed.
 *
 * @param number the numbering, if any
 * @param title the title, with bold and ALL-CAPS normalised
 * @param status the status mark, or {@link SectionStatus#NONE}
 */
public record HeadingText(Optional<String> number, String title, SectionStatus status) {

  // TODO: placeholder; the full splitter replaces it.
  private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(.*)$");

  /** Splits a heading's plain text. */
  public static HeadingText parse(String text) {
    SectionStatus status = SectionStatus.NONE;
    String rest = text;
    if (rest.contains("✅")) {
      status = SectionStatus.PASSED;
    } else if (rest.contains("⚠")) {
      status = SectionStatus.WARNING;
    } else if (rest.contains("❌")) {
      status = SectionStatus.FAILED;
    }
    rest = InlineText.clean(rest.replace("❌", ""));
    Matcher m = NUMBER.matcher(rest);
    if (m.matches()) {
      return new HeadingText(Optional.of(m.group(1)), m.group(2).trim(), status);
    }
    return new HeadingText(Optional.empty(), rest, status);
  }
}
