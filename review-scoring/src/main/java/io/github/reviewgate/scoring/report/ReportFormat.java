package io.github.reviewgate.scoring.report;

/** The report formats the gate writes, with their file names. */
public enum ReportFormat {
  JSON("review-result.json"),
  HTML("review-report.html"),
  MD("review-summary.md"),
  SARIF("review-result.sarif"),
  JUNIT("TEST-review-gate.xml");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }
}
