package io.github.reviewgate.scoring.report;

/** Renders one report format. */
interface ReportWriter {

  /** Returns the whole report as text with {@code \n} line endings, ready to write as UTF-8. */
  String render(ReportInput input);
}
