package io.github.reviewgate.scoring.report;

/**
 * Writes {@code review-report.html}: one self-contained page, with inline CSS and no scripts or
 * external resources, that shows the verdict, how the score was computed, each section's progress,
 * the open findings, the overdue actions and every violation with its line.
 */
final class HtmlReportWriter implements ReportWriter {

  private final TemplateRenderer renderer;

  HtmlReportWriter() {
    this(new TemplateRenderer());
  }

  /** Creates a writer that shares {@code renderer}, and so its template engine, with others. */
  HtmlReportWriter(TemplateRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public String render(ReportInput input) {
    return renderer.render("review-report.html.vm", ReportView.of(input), HtmlText::escape);
  }
}
