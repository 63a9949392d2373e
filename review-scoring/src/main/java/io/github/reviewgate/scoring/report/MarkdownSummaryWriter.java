package io.github.reviewgate.scoring.report;

/**
 * Writes {@code review-summary.md}: the verdict, the score against the minimum, a table of the
 * sections and every violation with {@code file:line}, in GitHub-flavoured Markdown.
 */
final class MarkdownSummaryWriter implements ReportWriter {

  private final TemplateRenderer renderer = new TemplateRenderer();

  @Override
  public String render(ReportInput input) {
    return renderer.render("review-summary.md.vm", ReportView.of(input), MarkdownText::escape);
  }
}
