package io.github.reviewgate.model.read.markdown;

import java.util.regex.Pattern;

/**
 * Recognises template placeholders left unfilled: {@code [Name]}, {@code [Date]}, {@code <Name>},
 * {@code TBD}, {@code TBA}, {@code TBC}, {@code TODO}, {@code (Pending)}, {@code ____}, date
 * templates such as {@code YYYY-MM-DD} or {@code DD/MM/YYYY}, score templates such as {@code X/10},
 * {@code ${...}} and {@code {{...}}}.
 */
public final class Placeholders {

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          String.join(
              "|",
              // A bracketed word of three or more letters: "[x]", "[ ]" and "[OK]" are markers.
              "\\[\\p{L}[^\\]]{2,}]",
              "<\\p{L}[^<>]*>",
              "(?:TBD|TBA|TBC|TODO|To be (?:determined|confirmed|decided))\\.?",
              "\\((?:Pending|TBD|To be (?:determined|confirmed))\\)",
              "(?=.*___)[_\\s./-]+",
              "(?:YYYY|YY|MM|DD)(?:[-/. ](?:YYYY|YY|MM|DD)){2}",
              "[X_?]+(?:[.,][X_?]+)?\\s*/\\s*\\d+",
              "\\$\\{[^}]*}",
              "\\{\\{.*}}"),
          Pattern.CASE_INSENSITIVE);

  private Placeholders() {}

  /** Returns whether the whole value, without bold and inline-code markers, is a placeholder. */
  public static boolean isPlaceholder(String value) {
    String text = value.replace("**", "").replace("`", "").strip();
    return PLACEHOLDER.matcher(text).matches();
  }
}
