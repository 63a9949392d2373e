package io.github.reviewgate.model.read.markdown;

import java.util.regex.Pattern;

/**
 * Recognises template placeholders left unfilled: {@code [Name]}, {@code [Date]}, {@code TBD},
 * {@code (Pending)}, {@code ____}, {@code YYYY-MM-DD}, {@code ${...}} and {@code {{...}}}.
 */
public final class Placeholders {

  // TODO: placeholder; the full recogniser replaces it.
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[[^\\]]*]|TBD|\\(Pending\\)|_{3,}|YYYY-MM-DD|\\$\\{.*}|\\{\\{.*}}");

  private Placeholders() {}

  /** Returns whether the whole value is an unfilled placeholder. */
  public static boolean isPlaceholder(String value) {
    return PLACEHOLDER.matcher(value.trim()).matches();
  }
}
