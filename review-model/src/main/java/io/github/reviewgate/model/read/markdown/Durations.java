package io.github.reviewgate.model.read.markdown;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of time such as "24 hours", "0-7 days", "3 Monate" or "30日以内" in folded text, with
 * the unit words of every bundled language.
 */
final class Durations {

  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\d.,])(\\d{1,4})(?:\\s*[-–~〜]\\s*(\\d{1,4}))?(?![\\d.,]\\d)");

  /**
   * The characters looked at on each side of a number, enough for the longest lead, unit or tail
   * word. Looking no further keeps the time linear in the length of the text.
   */
  private static final int SPAN = 32;

  private final SynonymTable<ChronoUnit> units;
  private final SynonymTable<Boolean> leadWords;
  private final SynonymTable<Boolean> tailWords;

  Durations(
      SynonymTable<ChronoUnit> units,
      SynonymTable<Boolean> leadWords,
      SynonymTable<Boolean> tailWords) {
    this.units = units;
    this.leadWords = leadWords;
    this.tailWords = tailWords;
  }

  /**
   * One amount of time in the text.
   *
   * @param low the amount, or the lower end of a range
   * @param high the amount, or the upper end of a range
   * @param start where the amount starts in the folded text
   * @param end where its unit ends
   */
  record Amount(int low, int high, ChronoUnit unit, int start, int end) {
    boolean isRange() {
      return low != high;
    }
  }

  /** Returns every number followed by a unit word, in text order. */
  List<Amount> amounts(String folded) {
    List<Amount> amounts = new ArrayList<>();
    Matcher number = NUMBER.matcher(folded);
    while (number.find()) {
      int low = Integer.parseInt(number.group(1));
      int high = number.group(2) == null ? low : Integer.parseInt(number.group(2));
      String rest = folded.substring(number.end(), Math.min(folded.length(), number.end() + SPAN));
      String afterSpaces = rest.stripLeading();
      Optional<String> unit = units.leadingWord(afterSpaces);
      if (unit.isPresent()) {
        int unitEnd = number.end() + (rest.length() - afterSpaces.length()) + unit.get().length();
        ChronoUnit chronoUnit = units.exact(unit.get()).orElseThrow();
        amounts.add(new Amount(low, high, chronoUnit, number.start(), unitEnd));
      }
    }
    return amounts;
  }

  /**
   * Returns the first amount that reads as a time window: after a lead word ("Within 30 Days",
   * "Innerhalb von 24 Stunden"), before a tail word ("30日以内", "24小时内"), or a range in brackets
   * ("Immediate (0-7 Days)"). A bare amount such as "Log Retention (90 days)" is not one.
   */
  Optional<Amount> window(String folded) {
    for (Amount amount : amounts(folded)) {
      String leading = folded.substring(Math.max(0, amount.start() - SPAN), amount.start()).strip();
      boolean inBrackets = leading.endsWith("(");
      String before = inBrackets ? leading.substring(0, leading.length() - 1).strip() : leading;
      String after =
          folded.substring(amount.end(), Math.min(folded.length(), amount.end() + SPAN)).strip();

      boolean led = leadWords.words().stream().anyMatch(word -> endsWithWord(before, word));
      boolean tailed = tailWords.leadingWord(after).isPresent();
      if (led || tailed || (inBrackets && amount.isRange())) {
        return Optional.of(amount);
      }
    }
    return Optional.empty();
  }

  private static boolean endsWithWord(String text, String word) {
    if (!text.endsWith(word)) {
      return false;
    }
    int start = text.length() - word.length();
    return start == 0
        || Words.isCjk(word.codePointAt(0))
        || !Words.isWordPart(text.codePointBefore(start));
  }

  /**
   * Returns the amount in days, because a window is a count of days from the review date. Hours
   * round up to whole days ("Within 24 Hours" is 1, 36 hours are 2). Weeks count 7 days, months 30
   * days each and years 365 days.
   */
  static int days(int amount, ChronoUnit unit) {
    return switch (unit) {
      case HOURS -> (amount + 23) / 24;
      case WEEKS -> amount * 7;
      case MONTHS -> amount * 30;
      case YEARS -> amount * 365;
      default -> amount;
    };
  }
}
