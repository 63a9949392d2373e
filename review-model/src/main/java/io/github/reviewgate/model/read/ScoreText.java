package io.github.reviewgate.model.read;

import io.github.reviewgate.model.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a score in text: {@code 9.5/10}, {@code 4/5}, {@code 92/100}, {@code 85%}, {@code 8,5/10}
 * (decimal comma), {@code 9 out of 10}, or a grade with a number such as {@code A- (92/100)}.
 * Independent of the default locale.
 *
 * <p>A fraction that is part of a date ({@code 2026/02/08}, {@code 02/08/2026}), or whose value is
 * above its scale ({@code 24/7}), is not a score. A fraction followed by a word, such as {@code
 * 18/21 tests}, reads as a count: it is taken only when the text contains no clearer score, so
 * {@code 18/21 tests (86%)} gives {@code 86%}. A fraction followed by "points" is a score.
 */
public final class ScoreText {

  private static final String NUMBER = "(\\d{1,6}(?:[.,]\\d{1,4})?)";
  private static final Pattern FRACTION =
      Pattern.compile(
          "(?<![\\d.,/])"
              + NUMBER
              + "(?:\\s*/\\s*|\\s+(?:out of|von|sur|sobre)\\s+)"
              + NUMBER
              + "(?![\\d/]|[.,]\\d|\\s*/\\s*\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile("(?<![\\d.,/])" + NUMBER + "[\\s\\x{00A0}\\x{202F}]?[%％]");
  private static final Pattern FOLLOWING_WORD = Pattern.compile("^[\\s\\x{00A0}]*(\\p{L}+)");
  private static final List<String> POINT_WORDS =
      List.of("points", "pts", "pt", "punkte", "puntos", "点", "分");
  private static final BigDecimal HUNDRED = new BigDecimal(100);

  /** A match with its clarity as a score, where 0 is a clear score and 2 a likely count. */
  private record Candidate(Score score, int start, int clarity) {}

  private ScoreText() {}

  /** Returns the clearest score in {@code text}, the first of equally clear ones; or nothing. */
  public static Optional<Score> find(String text) {
    List<Candidate> candidates = new ArrayList<>();
    addFractions(text, candidates);
    addPercentages(text, candidates);
    return candidates.stream()
        .min(Comparator.comparingInt(Candidate::clarity).thenComparingInt(Candidate::start))
        .map(Candidate::score);
  }

  private static void addFractions(String text, List<Candidate> candidates) {
    Matcher m = FRACTION.matcher(text);
    while (m.find()) {
      BigDecimal value = decimal(m.group(1));
      BigDecimal scale = decimal(m.group(2));
      if (scale.signum() <= 0 || value.compareTo(scale) > 0) {
        continue;
      }
      String following = followingWord(text, m.end());
      boolean counted = !following.isEmpty() && !POINT_WORDS.contains(following);
      Score score = new Score(value, scale, m.group());
      candidates.add(new Candidate(score, m.start(), counted ? 2 : 0));
    }
  }

  private static void addPercentages(String text, List<Candidate> candidates) {
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      BigDecimal value = decimal(m.group(1));
      if (value.compareTo(HUNDRED) > 0) {
        continue;
      }
      boolean followed = !followingWord(text, m.end()).isEmpty();
      candidates.add(
          new Candidate(new Score(value, HUNDRED, m.group()), m.start(), followed ? 1 : 0));
    }
  }

  private static String followingWord(String text, int end) {
    // A bounded region keeps find linear in the length of the text.
    Matcher word = FOLLOWING_WORD.matcher(text).region(end, Math.min(text.length(), end + 32));
    return word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static BigDecimal decimal(String number) {
    return new BigDecimal(number.replace(',', '.'));
  }
}
