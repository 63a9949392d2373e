package io.github.reviewgate.model.read;

import io.github.reviewgate.model.Score;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a score in text: {@code 9.5/10}, {@code 4/5}, {@code 92/100}, {@code 85%}, {@code 8,5/10},
 * or a grade with a number such as {@code A- (92/100)}. Independent of the default locale.
 */
public final class ScoreText {

  // TODO: placeholder; the full parser replaces it.
  private static final Pattern FRACTION = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*/\\s*(\\d+)");

  private ScoreText() {}

  /** Returns the first score in {@code text}, or nothing when it holds none. */
  public static Optional<Score> find(String text) {
    Matcher m = FRACTION.matcher(text);
    if (m.find()) {
      return Optional.of(
          new Score(
              new BigDecimal(m.group(1).replace(',', '.')), new BigDecimal(m.group(2)), m.group()));
    }
    return Optional.empty();
  }
}
