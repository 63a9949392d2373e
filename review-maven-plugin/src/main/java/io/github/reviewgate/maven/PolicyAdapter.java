package io.github.reviewgate.maven;

import io.github.reviewgate.model.Priority;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.ScoringPolicy;
import io.github.reviewgate.scoring.Threshold;
import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.RuleIds;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Waiver;
import io.github.reviewgate.scoring.gate.WaiversFile;
import io.github.reviewgate.scoring.gate.WaiversFileException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the plugin's parameters into the library's {@link GatePolicy}. */
final class PolicyAdapter {

  private PolicyAdapter() {}

  /**
   * Parses every policy parameter and reads the waivers file, so that a bad value fails before any
   * review is read.
   *
   * @param waiversFile the waivers file, already resolved against the project's directory, if set
   */
  static GatePolicy toPolicy(GateParameters parameters, Optional<Path> waiversFile)
      throws ParameterException {
    requireNonNegative(ReviewProperties.MAX_AGE_DAYS, parameters.maxAgeDays);
    requireNonNegative(ReviewProperties.WARN_DAYS, parameters.warnDays);

    ScoringPolicy scoring =
        new ScoringPolicy(
            scoreSource(parameters.scoreSource), sectionWeights(parameters.sectionWeights));
    Map<String, Severity> severities = severities(parameters.severities);
    Set<String> skipRules = skipRules(parameters.skipRules);
    List<Waiver> waivers = waiversFile.isPresent() ? waivers(waiversFile.get()) : List.of();

    try {
      return new GatePolicy(
          parameters.maxAgeDays,
          parameters.warnDays,
          threshold(ReviewProperties.MIN_SCORE, parameters.minScore),
          optionalThreshold(ReviewProperties.MIN_SECTION_SCORE, parameters.minSectionScore),
          scoring,
          failOnPriority(parameters.failOnPriority),
          parameters.requireApproval,
          parameters.failOnError,
          severities,
          skipRules,
          waivers,
          FileSize.parse(parameters.maxFileSize));
    } catch (IllegalArgumentException e) {
      // The checks above cover what the policy validates; this keeps any later check of the
      // library from reaching the user as a stack trace.
      throw new ParameterException("Invalid review gate configuration: " + e.getMessage());
    }
  }

  /**
   * Reads the waivers file; a missing or invalid file fails the build before any review is read.
   */
  static List<Waiver> waivers(Path file) throws ParameterException {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          "Invalid "
              + ReviewProperties.WAIVERS
              + ": the waivers file "
              + file
              + " does not exist. Create it, or remove the waiversFile parameter.");
    }
    try {
      return WaiversFile.read(file);
    } catch (WaiversFileException e) {
      throw new ParameterException(
          "Invalid waivers file (set by "
              + ReviewProperties.WAIVERS
              + "): "
              + sentence(e.getMessage())
              + " Correct the file, then run the build again.");
    }
  }

  private static void requireNonNegative(String property, int value) throws ParameterException {
    if (value < 0) {
      throw new ParameterException(property, String.valueOf(value), "expected 0 or more days");
    }
  }

  private static Threshold threshold(String property, String text) throws ParameterException {
    if (text == null || text.isBlank()) {
      throw new ParameterException(property, String.valueOf(text), "a value is required");
    }
    try {
      return Threshold.parse(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(property, text, reason(e));
    }
  }

  private static Optional<Threshold> optionalThreshold(String property, String text)
      throws ParameterException {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(threshold(property, text));
  }

  private static String reason(IllegalArgumentException e) {
    if (e instanceof NumberFormatException || e.getMessage() == null) {
      return "expected points out of 10 (7.5), a fraction (4/5) or a percentage (75%)";
    }
    return e.getMessage();
  }

  private static ScoreSource scoreSource(String text) throws ParameterException {
    try {
      return ScoreSource.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ParameterException(
          ReviewProperties.SCORE_SOURCE,
          String.valueOf(text),
          "expected declared, computed or lower");
    }
  }

  private static Optional<Priority> failOnPriority(String text) throws ParameterException {
    String word = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    if (word.equals("NONE")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Priority.valueOf(word));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          ReviewProperties.FAIL_ON_PRIORITY,
          String.valueOf(text),
          "expected critical, high, medium, low or none");
    }
  }

  private static Map<String, Severity> severities(Map<String, String> texts)
      throws ParameterException {
    Map<String, Severity> severities = new LinkedHashMap<>();
    if (texts == null) {
      return severities;
    }
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String rule = entry.getKey().trim();
      requireKnownRule("severities", rule);
      String word = entry.getValue() == null ? "" : entry.getValue().trim();
      try {
        severities.put(rule, Severity.valueOf(word.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            "severities/" + entry.getKey(), word, "expected error, warning or off");
      }
    }
    return severities;
  }

  private static Map<String, BigDecimal> sectionWeights(Map<String, String> texts)
      throws ParameterException {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    if (texts == null) {
      return weights;
    }
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      String text = entry.getValue() == null ? "" : entry.getValue().trim();
      // XML element names cannot hold spaces, so an underscore in the key stands for one.
      String title = entry.getKey().trim().replace('_', ' ');
      weights.put(title, weight(entry.getKey(), text));
    }
    return weights;
  }

  /** Parses a section weight of 0 or more. */
  private static BigDecimal weight(String section, String text) throws ParameterException {
    try {
      BigDecimal weight = new BigDecimal(text);
      if (weight.signum() >= 0) {
        return weight;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted form.
    }
    throw new ParameterException(
        "sectionWeights/" + section, text, "expected a number of 0 or more, such as 1 or 2.5");
  }

  private static Set<String> skipRules(String text) throws ParameterException {
    Set<String> rules = new LinkedHashSet<>();
    if (text == null) {
      return rules;
    }
    for (String rule : text.split(",")) {
      if (!rule.isBlank()) {
        requireKnownRule(ReviewProperties.SKIP_RULES, rule.trim());
        rules.add(rule.trim());
      }
    }
    return rules;
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  /** Rejects a misspelt rule id, which would otherwise silently leave the rule as it was. */
  private static void requireKnownRule(String parameter, String rule) throws ParameterException {
    if (!RuleIds.isKnown(rule)) {
      throw new ParameterException(
          "Invalid "
              + parameter
              + ": unknown rule id '"
              + rule
              + "'; the rule ids are "
              + String.join(", ", RuleIds.ALL));
    }
  }
}
