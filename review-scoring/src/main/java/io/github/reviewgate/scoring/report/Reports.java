package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.gate.GateResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a gate result's reports. The same result gives the same bytes on every machine: UTF-8,
 * {@code \n} line endings, no date but the evaluation date, whatever the default locale or time
 * zone.
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes one file per format into {@code directory}, creating it when needed; the reports show
   * the review file's path as the result gives it, and SARIF shows its file name alone.
   *
   * @return the files written, in the order of {@link ReportFormat}
   */
  public static List<Path> write(GateResult result, Path directory, Set<ReportFormat> formats)
      throws IOException {
    return write(new ReportInput(result, Optional.empty()), directory, formats);
  }

  /**
   * Writes one file per format into {@code directory}, creating it when needed, with the review
   * file shown relative to {@code baseDirectory} (the project or repository root) when it lies
   * inside it, as SARIF consumers such as code scanning expect.
   *
   * @return the files written, in the order of {@link ReportFormat}
   */
  public static List<Path> write(
      GateResult result, Path directory, Set<ReportFormat> formats, Path baseDirectory)
      throws IOException {
    return write(new ReportInput(result, Optional.of(baseDirectory)), directory, formats);
  }

  /** Returns one report as text, as {@link #write} would write it, with no base directory. */
  public static String render(GateResult result, ReportFormat format) {
    return writer(format, new TemplateRenderer()).render(new ReportInput(result, Optional.empty()));
  }

  /**
   * Appends the Markdown summary to {@code summaryFile}, creating it when needed, after a blank
   * line when the file already has content. CI systems such as GitHub Actions show that file on the
   * run's page; the caller finds its path, for example in {@code GITHUB_STEP_SUMMARY}.
   */
  public static void appendStepSummary(GateResult result, Path summaryFile) throws IOException {
    String summary = render(result, ReportFormat.MD);
    boolean hasContent = Files.exists(summaryFile) && Files.size(summaryFile) > 0;
    String text = hasContent ? "\n" + summary : summary;
    Files.writeString(
        summaryFile,
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private static List<Path> write(ReportInput input, Path directory, Set<ReportFormat> formats)
      throws IOException {
    Files.createDirectories(directory);
    // One renderer serves the HTML and Markdown reports, so the template engine starts once.
    TemplateRenderer templates = new TemplateRenderer();
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        Path file = directory.resolve(format.fileName());
        Files.writeString(file, writer(format, templates).render(input), StandardCharsets.UTF_8);
        written.add(file);
      }
    }
    return written;
  }

  private static ReportWriter writer(ReportFormat format, TemplateRenderer templates) {
    return switch (format) {
      case JSON -> new JsonResultWriter();
      case HTML -> new HtmlReportWriter(templates);
      case MD -> new MarkdownSummaryWriter(templates);
      case SARIF -> new SarifWriter();
      case JUNIT -> new JunitXmlWriter();
    };
  }
}
