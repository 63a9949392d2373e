package io.github.reviewgate.scoring.report;

/**
 * Writes {@code review-summary.md}: the verdict, the score against the minimum, a table of the
 * sections and every violation with {@code file:line}, in GitHub-flavoured Markdown.
 */
final class MarkdownSummaryWriter implements ReportWriter {

  private final TemplateRenderer renderer;

  MarkdownSummaryWriter() {
    this(new TemplateRenderer());
  }

  /** Creates a writer that shares {@code renderer}, and so its template engine, with others. */
  MarkdownSummaryWriter(TemplateRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public String render(ReportInput input) {
    return renderer.render("review-summary.md.vm", ReportView.of(input), MarkdownText::escape);
  }
}
