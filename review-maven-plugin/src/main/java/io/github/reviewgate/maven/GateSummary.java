package io.github.reviewgate.maven;

import io.github.reviewgate.model.ItemCounts;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.Scorecard;
import io.github.reviewgate.scoring.SectionScore;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.RuleIds;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a gate result into build log lines: what was gated, its score against the minimum, its
 * dates, the score breakdown, every violation as {@code file:line: [rule] message}, and a count.
 */
final class GateSummary {

  private static final Set<String> WAIVER_RULES =
      Set.of(RuleIds.WAIVER_EXPIRED, RuleIds.WAIVER_EXPIRING, RuleIds.WAIVER_UNUSED);

  /** A {@code file:line: } prefix at the start of a message. */
  private static final Pattern LOCATION = Pattern.compile(".+?:\\d+: ");

  private GateSummary() {}

  /**
   * Returns the summary of one result.
   *
   * @param asOfExplicit whether the evaluation date was set with {@code review.asOf}, which the
   *     summary then states
   */
  static List<LogLine> lines(GateResult result, boolean asOfExplicit) {
    List<LogLine> lines = new ArrayList<>();
    lines.add(LogLine.info("Review gate: " + result.file()));
    if (asOfExplicit) {
      lines.add(LogLine.info("  Evaluated as of " + result.asOf() + " (set by review.asOf)"));
    }
    result.review().ifPresent(review -> lines.addAll(reviewLines(result, review)));
    result.scorecard().ifPresent(scorecard -> lines.addAll(breakdown(scorecard)));
    lines.addAll(violations(result, Severity.ERROR));
    lines.addAll(violations(result, Severity.WARNING));
    lines.addAll(waived(result));
    lines.add(countLine(result));
    return lines;
  }

  /**
   * Formats a violation as {@code file:line: [rule] message}, without the line when it is 0. A
   * waiver's own problem is located in the waivers file its message names, not in the review.
   */
  static String describe(Path file, Violation violation) {
    String location = (violation.line() > 0 ? file + ":" + violation.line() : file) + ": ";
    String message = violation.message();
    // The gate's messages may start with the same location, so it is shown only once.
    if (message.startsWith(location)) {
      message = message.substring(location.length());
    } else if (WAIVER_RULES.contains(violation.rule())) {
      Matcher waiversLocation = LOCATION.matcher(message);
      if (waiversLocation.lookingAt()) {
        location = waiversLocation.group();
        message = message.substring(waiversLocation.end());
      }
    }
    return location + "[" + violation.rule() + "] " + message;
  }

  private static List<LogLine> reviewLines(GateResult result, Review review) {
    List<LogLine> lines = new ArrayList<>();
    lines.add(LogLine.info("  Title: " + review.title().orElse("(none)")));
    result
        .scorecard()
        .ifPresent(scorecard -> lines.add(LogLine.info("  " + scoreText(result, scorecard))));
    result
        .scorecard()
        .ifPresent(scorecard -> lines.add(LogLine.info("  " + countsText(scorecard))));
    lines.add(LogLine.info("  " + datesText(result, review)));
    return lines;
  }

  private static String scoreText(GateResult result, Scorecard scorecard) {
    BigDecimal minimum = result.policy().minScore().points();
    String shownMinimum = ScoreDisplay.format(minimum);
    if (scorecard.overall().isEmpty()) {
      return "Score: none, minimum " + shownMinimum;
    }
    String score = ScoreDisplay.format(scorecard.overall().get(), minimum);
    String source = scorecard.fromDeclaredOverall() ? " (the declared overall score)" : "";
    return "Score: " + score + source + ", minimum " + shownMinimum;
  }

  private static String countsText(Scorecard scorecard) {
    List<SectionScore> scored = scorecard.sections().stream().filter(SectionScore::scored).toList();
    ItemCounts counts = ItemCounts.NONE;
    for (SectionScore section : scored) {
      counts = counts.plus(section.section().counts());
    }
    return "Sections: "
        + scored.size()
        + " scored of "
        + scorecard.sections().size()
        + ", "
        + counts.done()
        + " of "
        + counts.countable()
        + " items done in the scored sections";
  }

  private static String datesText(GateResult result, Review review) {
    String reviewed = review.reviewDate().map(LocalDate::toString).orElse("no date");
    if (result.expires().isEmpty()) {
      return "Reviewed: " + reviewed + ", no expiry";
    }
    LocalDate expires = result.expires().get();
    long days = ChronoUnit.DAYS.between(result.asOf(), expires);
    if (days >= 0) {
      return "Reviewed: " + reviewed + ", expires " + expires + " (" + days + " days left)";
    }
    return "Reviewed: "
        + reviewed
        + ", expired "
        + expires
        + " ("
        + -days
        + " days before "
        + result.asOf()
        + ")";
  }

  private static List<LogLine> breakdown(Scorecard scorecard) {
    List<LogLine> lines = new ArrayList<>();
    List<SectionScore> scored = scorecard.sections().stream().filter(SectionScore::scored).toList();
    if (scored.isEmpty()) {
      return lines;
    }
    lines.add(LogLine.info("  Score breakdown" + method(scorecard) + ":"));
    for (SectionScore section : scored) {
      String score = section.score().map(ScoreDisplay::format).orElse("none");
      String source =
          section.source().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("no score");
      lines.add(
          LogLine.info(
              "    "
                  + section.section().title()
                  + ": "
                  + score
                  + " ("
                  + source
                  + ", weight "
                  + ScoreDisplay.format(section.weight())
                  + ")"));
    }
    return lines;
  }

  /**
   * Returns how the overall score follows from the sections, such as " (weighted mean: 17 / 2)":
   * the weighted sum of the section scores over the total weight.
   */
  private static String method(Scorecard scorecard) {
    if (scorecard.overall().isEmpty() || scorecard.fromDeclaredOverall()) {
      return "";
    }
    return " (weighted mean: "
        + ScoreDisplay.format(scorecard.weightedSum())
        + " / "
        + ScoreDisplay.format(scorecard.totalWeight())
        + ")";
  }

  /** Lists the unwaived violations of one severity, grouped by rule in order of appearance. */
  private static List<LogLine> violations(GateResult result, Severity severity) {
    List<Violation> violations = result.unwaived(severity);
    List<LogLine> lines = new ArrayList<>();
    if (violations.isEmpty()) {
      return lines;
    }
    boolean error = severity == Severity.ERROR;
    String heading = (error ? "  Errors" : "  Warnings") + " (" + violations.size() + "):";
    lines.add(error ? LogLine.error(heading) : LogLine.warn(heading));
    for (Violation violation : groupedByRule(violations)) {
      String text = "    " + describe(result.file(), violation);
      lines.add(error ? LogLine.error(text) : LogLine.warn(text));
    }
    return lines;
  }

  private static List<Violation> groupedByRule(List<Violation> violations) {
    Map<String, Integer> firstSeen = new LinkedHashMap<>();
    for (Violation violation : violations) {
      firstSeen.putIfAbsent(violation.rule(), firstSeen.size());
    }
    return violations.stream()
        .sorted(Comparator.comparing(violation -> firstSeen.get(violation.rule())))
        .toList();
  }

  /** Lists the waived violations under a heading of their own, each with its waiver's reason. */
  private static List<LogLine> waived(GateResult result) {
    List<Violation> waived = result.violations().stream().filter(Violation::isWaived).toList();
    List<LogLine> lines = new ArrayList<>();
    if (waived.isEmpty()) {
      return lines;
    }
    lines.add(LogLine.info("  Waived (" + waived.size() + "):"));
    for (Violation violation : groupedByRule(waived)) {
      String reason = violation.waiver().orElseThrow();
      lines.add(
          LogLine.info("    " + describe(result.file(), violation) + " (waived: " + reason + ")"));
    }
    return lines;
  }

  private static LogLine countLine(GateResult result) {
    int errors = result.unwaived(Severity.ERROR).size();
    int warnings = result.unwaived(Severity.WARNING).size();
    long waived = result.violations().stream().filter(Violation::isWaived).count();
    String text =
        "Review gate "
            + result.verdict()
            + ": "
            + plural(errors, "error")
            + ", "
            + plural(warnings, "warning")
            + ", "
            + waived
            + " waived";
    return errors > 0 ? LogLine.error(text) : LogLine.info(text);
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
