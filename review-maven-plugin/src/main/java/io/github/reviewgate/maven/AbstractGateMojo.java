package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.ReviewGate;
import io.github.reviewgate.scoring.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters and steps that {@code check} and {@code report} share. */
abstract class AbstractGateMojo extends AbstractMojo {

  /** The environment variable that names GitHub Actions' job summary file. */
  static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  /**
   * The review file to gate: Markdown, or YAML ({@code .yaml}, {@code .yml}) or JSON ({@code
   * .json}) by its extension. A relative path resolves against the project's directory. Default:
   * <code>${project.basedir}/REVIEW.md</code>.
   */
  @Parameter(property = ReviewProperties.FILE, defaultValue = "${project.basedir}/REVIEW.md")
  File reviewFile;

  /**
   * Further review files gated in the same module, each on its own; their reports go to a folder
   * named after each file inside {@code outputDirectory}. A file named twice, here or as {@code
   * reviewFile}, is gated once. Default: none.
   */
  @Parameter List<File> reviewFiles;

  /**
   * How many days after its review date a review stays fresh; a review exactly this many days old
   * is still fresh. The review also expires on its own next review date when that comes first.
   * Unit: days. Default: 90.
   */
  @Parameter(property = ReviewProperties.MAX_AGE_DAYS, defaultValue = "90")
  int maxAgeDays;

  /**
   * How many days before its expiry a review raises the {@code expiring-soon} warning. Unit: days.
   * Default: 14.
   */
  @Parameter(property = ReviewProperties.WARN_DAYS, defaultValue = "14")
  int warnDays;

  /**
   * The minimum overall score: points out of 10 ({@code 7.5}), a fraction ({@code 4/5}) or a
   * percentage ({@code 75%}). A score equal to the minimum passes. Default: {@code 7.0}.
   */
  @Parameter(property = ReviewProperties.MIN_SCORE, defaultValue = "7.0")
  String minScore;

  /**
   * The minimum score of each scored section, in the same forms as {@code minScore}. Default: none,
   * so sections are not checked one by one.
   */
  @Parameter(property = ReviewProperties.MIN_SECTION_SCORE)
  String minSectionScore;

  /**
   * The section score that counts: {@code declared} (the score the section states, else the one its
   * checklist gives), {@code computed} (from the checklist) or {@code lower} (the lower of the
   * two). Default: {@code declared}.
   */
  @Parameter(property = ReviewProperties.SCORE_SOURCE, defaultValue = "declared")
  String scoreSource;

  /**
   * Open findings at or above this priority fail the gate: {@code critical}, {@code high}, {@code
   * medium} or {@code low}; {@code none} turns the check off. Default: {@code high}.
   */
  @Parameter(property = ReviewProperties.FAIL_ON_PRIORITY, defaultValue = "high")
  String failOnPriority;

  /**
   * Whether the sign-off must be approved; a rejected, pending or missing sign-off then fails the
   * gate. Default: {@code true}.
   */
  @Parameter(property = ReviewProperties.REQUIRE_APPROVAL, defaultValue = "true")
  boolean requireApproval;

  /**
   * A YAML file of accepted violations: a {@code waivers} list whose entries have a {@code rule}
   * id, an optional {@code match} (text in a finding's or section's title, an action's text or a
   * reader notice), a {@code reason} and an {@code expires} date such as {@code 2026-06-30}. A
   * waived violation is reported with its reason and does not count. An expired waiver is an error,
   * one that expires within {@code warnDays} or matches nothing is a warning. An invalid file fails
   * the build before any review is read. A relative path resolves against the project's directory.
   * Default: none.
   */
  @Parameter(property = ReviewProperties.WAIVERS)
  File waiversFile;

  /**
   * The date to evaluate the review on, as an ISO date such as {@code 2026-03-01}; the log then
   * states that the gate ran as of that date. Default: today in {@code timeZone}.
   */
  @Parameter(property = ReviewProperties.AS_OF)
  String asOf;

  /**
   * The time zone that decides which day is today, such as {@code Europe/Paris} or {@code UTC}.
   * Default: the JVM's default time zone.
   */
  @Parameter(property = ReviewProperties.TIME_ZONE)
  String timeZone;

  /**
   * Whether errors fail the build; {@code false} reports every error as a warning and passes.
   * Default: {@code true}.
   */
  @Parameter(property = ReviewProperties.FAIL_ON_ERROR, defaultValue = "true")
  boolean failOnError;

  /**
   * The directory the reports are written to. A relative path resolves against the project's
   * directory. Default: <code>${project.build.directory}/review-gate</code>.
   */
  @Parameter(
      property = ReviewProperties.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/review-gate")
  File outputDirectory;

  /**
   * The report formats to write, comma-separated: {@code json} ({@code review-result.json}), {@code
   * html}, {@code md}, {@code sarif} and {@code junit}. An empty list, such as {@code
   * -Dreview.formats=}, means the default. Default: {@code json,html,md}.
   */
  @Parameter(property = ReviewProperties.FORMATS, defaultValue = "json,html,md")
  String formats;

  /** Skips the gate; the log states that it was skipped. Default: {@code false}. */
  @Parameter(property = ReviewProperties.SKIP, defaultValue = "false")
  boolean skip;

  /**
   * Rule ids turned off for this run, comma-separated, such as {@code stale,reader}; an unknown id
   * fails the build. Default: none.
   */
  @Parameter(property = ReviewProperties.SKIP_RULES)
  String skipRules;

  /**
   * Severity overrides by rule id: {@code error}, {@code warning} or {@code off}, such as {@code
   * <severities><conditional-approval>error</conditional-approval></severities>}. The ids are those
   * of the gate rules and {@code waiver-expired}, {@code waiver-expiring} and {@code
   * waiver-unused}; an unknown id fails the build. Default: none.
   */
  @Parameter Map<String, String> severities;

  /**
   * Section weights by section title, overriding the weights the review states. XML element names
   * cannot hold spaces, so write an underscore for each space: {@code
   * <sectionWeights><IAM_Security>2</IAM_Security></sectionWeights>} weighs the section "IAM
   * Security" twice. Titles compare ignoring case; a title that no section of the review has is
   * logged as a warning. Unit: a number of 0 or more. Default: none, so each section weighs what
   * the review states, else 1.
   */
  @Parameter Map<String, String> sectionWeights;

  /**
   * The largest review file read, in bytes or with a unit: {@code 512KB}, {@code 5MB}, {@code 1GB}
   * (binary units: 1KB is 1024 bytes). Larger files fail the gate as unreadable. Default: {@code
   * 5MB}.
   */
  @Parameter(property = ReviewProperties.MAX_FILE_SIZE, defaultValue = "5MB")
  String maxFileSize;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /** The clock that gives today's date; replaced in tests. */
  Clock clock = Clock.systemDefaultZone();

  /** Reads an environment variable; replaced in tests. */
  Function<String, String> environment = System::getenv;

  /** Logs that the gate was skipped and returns whether it was. */
  boolean skipped() {
    if (skip) {
      getLog().info("Review gate skipped (" + ReviewProperties.SKIP + " is true)");
      ModuleVerdicts.record(session, mojoExecution, List.of(), getLog());
    }
    return skip;
  }

  /** Parses the parameters; a bad value fails the build before any review is read. */
  GateSettings settings() throws MojoFailureException {
    try {
      GateSettings settings = GateSettings.from(parameters(), basedir.toPath(), clock);
      RulesTurnedOff.line(settings.policy()).ifPresent(getLog()::info);
      logEffectiveSettings(settings);
      return settings;
    } catch (ParameterException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** Gates every review file, logs each summary and writes each file's reports. */
  List<GateResult> evaluate(GateSettings settings) throws MojoExecutionException {
    ReviewGate gate = new ReviewGate(settings.policy());
    List<GateResult> results = new ArrayList<>();
    Set<String> folderNames = new HashSet<>();
    for (Path file : settings.reviewFiles()) {
      GateResult result = gate.evaluate(file, settings.evaluationDate().date());
      log(GateSummary.lines(result, settings.evaluationDate().explicit()));
      UnknownSectionWeights.warnings(result).forEach(getLog()::warn);
      Path directory = reportDirectory(settings, file, results.isEmpty(), folderNames);
      writeReports(result, directory, settings);
      results.add(result);
    }
    ModuleVerdicts.record(session, mojoExecution, results, getLog());
    return results;
  }

  private GateParameters parameters() {
    GateParameters parameters = new GateParameters();
    parameters.reviewFile = reviewFile;
    parameters.reviewFiles = reviewFiles == null ? List.of() : reviewFiles;
    parameters.maxAgeDays = maxAgeDays;
    parameters.warnDays = warnDays;
    parameters.minScore = minScore;
    parameters.minSectionScore = minSectionScore;
    parameters.scoreSource = scoreSource;
    parameters.failOnPriority = failOnPriority;
    parameters.requireApproval = requireApproval;
    parameters.waiversFile = waiversFile;
    parameters.asOf = asOf;
    parameters.timeZone = timeZone;
    parameters.failOnError = failOnError;
    parameters.outputDirectory = outputDirectory;
    parameters.formats = formats;
    parameters.skipRules = skipRules;
    parameters.severities = severities == null ? Map.of() : severities;
    parameters.sectionWeights = sectionWeights == null ? Map.of() : sectionWeights;
    parameters.maxFileSize = maxFileSize;
    return parameters;
  }

  private void logEffectiveSettings(GateSettings settings) {
    if (getLog().isDebugEnabled()) {
      getLog().debug("Review gate policy: " + settings.policy());
      getLog().debug("Review files: " + settings.reviewFiles());
      getLog().debug("Evaluation date: " + settings.evaluationDate());
      getLog().debug("Reports: " + settings.formats() + " in " + settings.outputDirectory());
    }
  }

  /**
   * Returns where one file's reports go: the first file's in {@code outputDirectory}, each further
   * file's in a folder named after it, so that no report overwrites another.
   */
  private static Path reportDirectory(
      GateSettings settings, Path file, boolean first, Set<String> folderNames) {
    if (first) {
      return settings.outputDirectory();
    }
    String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String name = base;
    for (int index = 2; !folderNames.add(name); index++) {
      name = base + "-" + index;
    }
    return settings.outputDirectory().resolve(name);
  }

  private void writeReports(GateResult result, Path directory, GateSettings settings)
      throws MojoExecutionException {
    if (settings.formats().isEmpty()) {
      return;
    }
    try {
      // Relative to the project, so that SARIF locations match the repository's paths.
      Reports.write(result, directory, settings.formats(), basedir.toPath());
      getLog().info("  Reports written to " + directory);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the review reports to " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends the Markdown summary to the file that {@code GITHUB_STEP_SUMMARY} names, so that GitHub
   * Actions shows it on the run's page. Only {@code check} calls it, so that a build running both
   * goals shows each review once. A summary that cannot be written is a warning: the gate's verdict
   * does not depend on it.
   */
  void appendStepSummary(GateResult result) {
    String summaryFile = environment.apply(GITHUB_STEP_SUMMARY);
    if (summaryFile == null || summaryFile.isBlank()) {
      return;
    }
    Path file = Path.of(summaryFile);
    try {
      Reports.appendStepSummary(result, file);
      getLog()
          .debug("Review summary appended to " + file + " (named by " + GITHUB_STEP_SUMMARY + ")");
    } catch (IOException | InvalidPathException e) {
      getLog()
          .warn(
              "Cannot append the review summary to "
                  + summaryFile
                  + " (named by "
                  + GITHUB_STEP_SUMMARY
                  + "): "
                  + e.getMessage());
    }
  }

  /** Writes summary lines to the Maven log at their levels. */
  void log(List<LogLine> lines) {
    for (LogLine line : lines) {
      switch (line.level()) {
        case INFO -> getLog().info(line.text());
        case WARN -> getLog().warn(line.text());
        case ERROR -> getLog().error(line.text());
      }
    }
  }
}
