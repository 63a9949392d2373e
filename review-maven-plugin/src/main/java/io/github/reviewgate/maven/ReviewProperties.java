package io.github.reviewgate.maven;

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

  private ReviewProperties() {}
}
