package io.github.reviewgate.maven;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Violation;
import io.github.reviewgate.scoring.report.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders the site page of the review gate: for each review file, its verdict, score and dates, a
 * table of its violations and a link to its HTML report when one was written. The sink escapes all
 * text, so review content cannot inject markup.
 */
final class ReviewSitePage {

  private final Sink sink;
  private final Path basedir;
  private final String reportFolder;
  private final boolean linksReports;

  /**
   * @param basedir the project's directory, against which review files are shown
   * @param reportFolder the folder, relative to the page, that contains the reports
   * @param linksReports whether HTML reports were written, so that the page links them
   */
  ReviewSitePage(Sink sink, Path basedir, String reportFolder, boolean linksReports) {
    this.sink = sink;
    this.basedir = basedir;
    this.reportFolder = reportFolder;
    this.linksReports = linksReports;
  }

  void render(List<GateResult> results) {
    sink.head();
    sink.title();
    sink.text("Review gate");
    sink.title_();
    sink.head_();

    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text("Review gate");
    sink.sectionTitle1_();
    for (int index = 0; index < results.size(); index++) {
      renderResult(results.get(index), index == 0);
    }
    sink.section1_();
    sink.body_();
    sink.flush();
  }

  private void renderResult(GateResult result, boolean first) {
    sink.section2();
    sink.sectionTitle2();
    sink.text(shownPath(result.file()));
    sink.sectionTitle2_();

    sink.table();
    sink.tableRows();
    row("Verdict", result.verdict().toString());
    result.review().ifPresent(review -> reviewRows(result, review));
    sink.tableRows_();
    sink.table_();

    violations(result);
    reportLink(result, first);
    sink.section2_();
  }

  private void reviewRows(GateResult result, Review review) {
    row("Title", review.title().orElse("(none)"));
    String score =
        result
            .scorecard()
            .flatMap(scorecard -> scorecard.overall())
            .map(ScoreDisplay::format)
            .orElse("none");
    row("Score", score + ", minimum " + ScoreDisplay.format(result.policy().minScore().points()));
    row("Reviewed", review.reviewDate().map(LocalDate::toString).orElse("no date"));
    row("Expires", result.expires().map(LocalDate::toString).orElse("no expiry"));
    row("Evaluated as of", result.asOf().toString());
  }

  private void violations(GateResult result) {
    if (result.violations().isEmpty()) {
      paragraph("No violations.");
      return;
    }
    sink.table();
    sink.tableRows();
    sink.tableRow();
    for (String heading : List.of("Severity", "Rule", "Line", "Message")) {
      sink.tableHeaderCell();
      sink.text(heading);
      sink.tableHeaderCell_();
    }
    sink.tableRow_();
    for (Violation violation : result.violations()) {
      String severity =
          violation.isWaived() ? "waived" : violation.severity().name().toLowerCase(Locale.ROOT);
      cells(
          severity,
          violation.rule(),
          violation.line() > 0 ? Integer.toString(violation.line()) : "",
          messageWithoutLocation(result, violation));
    }
    sink.tableRows_();
    sink.table_();
  }

  /** Links the HTML report, where the first file's reports and each further file's folder lie. */
  private void reportLink(GateResult result, boolean first) {
    if (!linksReports) {
      return;
    }
    // NOTE: repeats the gate mojo's folder naming. Two further files with the same base name get
    // numbered folders there, but here the second link points at the first one's report.
    String folder = first ? reportFolder : reportFolder + "/" + baseName(result.file());
    String href = folder + "/" + ReportFormat.HTML.fileName();
    sink.paragraph();
    sink.link(href);
    sink.text("Full report");
    sink.link_();
    sink.paragraph_();
  }

  /** Returns the message without the file and line it may start with, which the table shows. */
  private static String messageWithoutLocation(GateResult result, Violation violation) {
    String message = violation.message();
    String file = result.file().toString();
    String withLine = file + ":" + violation.line() + ": ";
    if (message.startsWith(withLine)) {
      return message.substring(withLine.length());
    }
    return message.startsWith(file + ": ") ? message.substring(file.length() + 2) : message;
  }

  private String shownPath(Path file) {
    return file.startsWith(basedir) ? basedir.relativize(file).toString() : file.toString();
  }

  private static String baseName(Path file) {
    return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
  }

  private void row(String heading, String value) {
    sink.tableRow();
    sink.tableHeaderCell();
    sink.text(heading);
    sink.tableHeaderCell_();
    sink.tableCell();
    sink.text(value);
    sink.tableCell_();
    sink.tableRow_();
  }

  private void cells(String... values) {
    sink.tableRow();
    for (String value : values) {
      sink.tableCell();
      sink.text(value);
      sink.tableCell_();
    }
    sink.tableRow_();
  }

  private void paragraph(String text) {
    sink.paragraph();
    sink.text(text);
    sink.paragraph_();
  }
}
