package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one gate run needs, parsed from the plugin's parameters.
 *
 * @param policy the gate policy
 * @param reviewFiles the review files to gate, absolute: {@code reviewFile} first, then {@code
 *     reviewFiles}
 * @param evaluationDate the date the gate evaluates on
 * @param outputDirectory where reports go, absolute
 * @param formats the report formats to write
 * @param waiversFile the waivers file, absolute, if set
 */
record GateSettings(
    GatePolicy policy,
    List<Path> reviewFiles,
    EvaluationDate evaluationDate,
    Path outputDirectory,
    Set<ReportFormat> formats,
    Optional<Path> waiversFile) {

  /** The formats written when {@code formats} is empty. */
  static final Set<ReportFormat> DEFAULT_FORMATS =
      Set.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.MD);

  GateSettings {
    reviewFiles = List.copyOf(reviewFiles);
    formats = Set.copyOf(formats);
  }

  /**
   * Parses the parameters. Relative paths resolve against {@code basedir}, the project's directory,
   * never against the working directory.
   */
  static GateSettings from(GateParameters parameters, Path basedir, Clock clock)
      throws ParameterException {
    Optional<Path> waiversFile =
        Optional.ofNullable(parameters.waiversFile).map(file -> resolve(basedir, file));
    GatePolicy policy = PolicyAdapter.toPolicy(parameters, waiversFile);
    EvaluationDate evaluationDate =
        EvaluationDate.resolve(parameters.asOf, parameters.timeZone, clock);

    // A file named twice, say as reviewFile and again in reviewFiles, is gated once.
    Set<Path> reviewFiles = new LinkedHashSet<>();
    reviewFiles.add(resolve(basedir, parameters.reviewFile));
    if (parameters.reviewFiles != null) {
      for (File file : parameters.reviewFiles) {
        reviewFiles.add(resolve(basedir, file));
      }
    }

    return new GateSettings(
        policy,
        List.copyOf(reviewFiles),
        evaluationDate,
        resolve(basedir, parameters.outputDirectory),
        formats(parameters.formats),
        waiversFile);
  }

  /** Resolves {@code file} against {@code basedir} unless it is absolute. */
  static Path resolve(Path basedir, File file) {
    Path path = file.toPath();
    return (path.isAbsolute() ? path : basedir.resolve(path)).toAbsolutePath().normalize();
  }

  /**
   * Parses the formats. An empty list, as {@code -Dreview.formats=} gives, means the default
   * formats: a build that writes no report at all would leave nothing to say why it failed.
   */
  private static Set<ReportFormat> formats(String text) throws ParameterException {
    if (text == null || text.replace(",", "").isBlank()) {
      return DEFAULT_FORMATS;
    }
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    for (String name : text.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        formats.add(ReportFormat.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            ReviewProperties.FORMATS, text, "expected a list of json, html, md, sarif and junit");
      }
    }
    return formats;
  }
}
