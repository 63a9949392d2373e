package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  private static final int SAMPLES = 4;

  @TempDir Path folder;

  @Test
  void writesSelectedFormats() throws IOException {
    Path directory = folder.resolve("target/review-gate");

    List<Path> written =
        Reports.write(
            SampleResults.failed(), directory, EnumSet.of(ReportFormat.MD, ReportFormat.JSON));

    assertThat(written)
        .containsExactly(
            directory.resolve("review-result.json"), directory.resolve("review-summary.md"));
    try (var files = Files.list(directory)) {
      assertThat(files.count()).isEqualTo(2);
    }
  }

  @Test
  void writesEveryFormat() throws IOException {
    List<Path> written =
        Reports.write(SampleResults.failed(), folder, EnumSet.allOf(ReportFormat.class));

    assertThat(written.stream().map(path -> path.getFileName().toString()))
        .containsExactly(
            "review-result.json",
            "review-report.html",
            "review-summary.md",
            "review-result.sarif",
            "TEST-review-gate.xml");
    for (Path file : written) {
      assertThat(Files.size(file)).as(file.toString()).isPositive();
    }
  }

  @Test
  void baseDirectoryRelativizes() throws IOException {
    Path base = folder.resolve("project");
    GateResult result = SampleResults.withFile(base.resolve("docs/REVIEW.md"));

    Reports.write(
        result, folder.resolve("out"), EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON), base);

    assertThat(folder.resolve("out/review-result.json"))
        .content()
        .contains("\"file\": \"docs/REVIEW.md\"");
    assertThat(folder.resolve("out/review-result.sarif"))
        .content()
        .contains("\"uri\": \"docs/REVIEW.md\"");
  }

  @Test
  void utf8Bytes() throws IOException {
    GateResult result = SampleResults.hostile();

    Reports.write(result, folder, EnumSet.of(ReportFormat.JSON));

    String text =
        Files.readString(
            folder.resolve("review-result.json"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("onerror=alert(1)");
  }

  @Test
  void sameBytesInAnyLocaleAndZone() throws IOException {
    Path first = writeAllUnder(Locale.US, "UTC", folder.resolve("first"));
    Path second =
        writeAllUnder(
            Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", folder.resolve("second"));
    Path third =
        writeAllUnder(
            Locale.forLanguageTag("ar-SA-u-nu-arab"),
            "America/Los_Angeles",
            folder.resolve("third"));

    for (int sample = 0; sample < SAMPLES; sample++) {
      for (ReportFormat format : ReportFormat.values()) {
        Path file = Path.of("sample" + sample, format.fileName());
        byte[] expected = Files.readAllBytes(first.resolve(file));
        assertThat(second.resolve(file)).as(file.toString()).hasBinaryContent(expected);
        assertThat(third.resolve(file)).as(file.toString()).hasBinaryContent(expected);
      }
    }
  }

  /**
   * Writes every format for every sample under {@code locale} and {@code zone}, then restores both.
   */
  private static Path writeAllUnder(Locale locale, String zone, Path directory) throws IOException {
    Locale locale0 = Locale.getDefault();
    TimeZone zone0 = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      List<GateResult> samples =
          List.of(
              SampleResults.warned(),
              SampleResults.failed(),
              SampleResults.hostile(),
              SampleResults.unreadable());
      for (int i = 0; i < samples.size(); i++) {
        Reports.write(
            samples.get(i), directory.resolve("sample" + i), EnumSet.allOf(ReportFormat.class));
      }
      return directory;
    } finally {
      Locale.setDefault(locale0);
      TimeZone.setDefault(zone0);
    }
  }
}
