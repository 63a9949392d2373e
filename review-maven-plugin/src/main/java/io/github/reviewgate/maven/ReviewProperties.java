package io.github.reviewgate.maven;

import java.util.Map;

/** The user properties of the plugin's parameters, all under {@code review.}. */
final class ReviewProperties {

  static final String FILE = "review.file";
  static final String MAX_AGE_DAYS = "review.maxAgeDays";
  static final String WARN_DAYS = "review.warnDays";
  static final String MIN_SCORE = "review.minScore";
  static final String MIN_SECTION_SCORE = "review.minSectionScore";
  static final String SCORE_SOURCE = "review.scoreSource";
  static final String FAIL_ON_PRIORITY = "review.failOnPriority";
  static final String REQUIRE_APPROVAL = "review.requireApproval";
  static final String WAIVERS = "review.waivers";
  static final String AS_OF = "review.asOf";
  static final String TIME_ZONE = "review.timeZone";
  static final String FAIL_ON_ERROR = "review.failOnError";
  static final String OUTPUT_DIRECTORY = "review.outputDirectory";
  static final String FORMATS = "review.formats";
  static final String SKIP = "review.skip";
  static final String SKIP_RULES = "review.skipRules";
  static final String MAX_FILE_SIZE = "review.maxFileSize";

  /** Used by {@code init} only. */
  static final String FORCE = "review.force";

  /** Used by {@code init} only. */
  static final String TITLE = "review.title";

  /** The property of each parameter that has one, by parameter name. */
  static final Map<String, String> BY_PARAMETER =
      Map.ofEntries(
          Map.entry("reviewFile", FILE),
          Map.entry("maxAgeDays", MAX_AGE_DAYS),
          Map.entry("warnDays", WARN_DAYS),
          Map.entry("minScore", MIN_SCORE),
          Map.entry("minSectionScore", MIN_SECTION_SCORE),
          Map.entry("scoreSource", SCORE_SOURCE),
          Map.entry("failOnPriority", FAIL_ON_PRIORITY),
          Map.entry("requireApproval", REQUIRE_APPROVAL),
          Map.entry("waiversFile", WAIVERS),
          Map.entry("asOf", AS_OF),
          Map.entry("timeZone", TIME_ZONE),
          Map.entry("failOnError", FAIL_ON_ERROR),
          Map.entry("outputDirectory", OUTPUT_DIRECTORY),
          Map.entry("formats", FORMATS),
          Map.entry("skip", SKIP),
          Map.entry("skipRules", SKIP_RULES),
          Map.entry("maxFileSize", MAX_FILE_SIZE),
          Map.entry("force", FORCE),
          Map.entry("title", TITLE));

  private ReviewProperties() {}
}
