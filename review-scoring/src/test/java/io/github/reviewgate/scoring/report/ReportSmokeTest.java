package io.github.reviewgate.scoring.report;

import org.junit.jupiter.api.Test;

class ReportSmokeTest {
  @Test
  void print() throws Exception {
    for (ReportFormat format : ReportFormat.values()) {
      System.out.println("===== " + format);
      System.out.println(Reports.render(SampleResults.failed(), format));
    }
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("/tmp/report-warned.html"),
        Reports.render(SampleResults.warned(), ReportFormat.HTML));
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("/tmp/report-hostile.html"),
        Reports.render(SampleResults.hostile(), ReportFormat.HTML));
    System.out.println(Reports.render(SampleResults.hostile(), ReportFormat.MD));
    System.out.println(Reports.render(SampleResults.unreadable(), ReportFormat.MD));
  }
}
