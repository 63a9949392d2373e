package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {

  @TempDir Path basedir;

  private CheckMojo mojo(Map<String, String> environment) throws IOException {
    try (InputStream review = getClass().getResourceAsStream("approved-review.md")) {
      Files.copy(review, basedir.resolve("REVIEW.md"));
    }
    CheckMojo mojo = new CheckMojo();
    mojo.basedir = basedir.toFile();
    mojo.reviewFile = new File("REVIEW.md");
    mojo.maxAgeDays = 90;
    mojo.warnDays = 14;
    mojo.minScore = "7.0";
    mojo.scoreSource = "declared";
    mojo.failOnPriority = "high";
    mojo.requireApproval = true;
    mojo.failOnError = true;
    mojo.asOf = "2026-03-01";
    mojo.outputDirectory = new File("target/review-gate");
    mojo.formats = "json";
    mojo.maxFileSize = "5MB";
    mojo.environment = environment::get;
    return mojo;
  }

  @Test
  void summaryAppendedToNamedFile() throws Exception {
    Path summary = basedir.resolve("step-summary.md");
    Files.writeString(summary, "## Tests\n");

    mojo(Map.of("GITHUB_STEP_SUMMARY", summary.toString())).execute();

    String text = Files.readString(summary);
    assertThat(text).startsWith("## Tests\n\n## Review gate: PASS\n");
    assertThat(text).contains("Kiosk Sync Service - Security Review");
  }

  @Test
  void summaryFileCreatedWhenAbsent() throws Exception {
    Path summary = basedir.resolve("step-summary.md");

    mojo(Map.of("GITHUB_STEP_SUMMARY", summary.toString())).execute();

    assertThat(Files.readString(summary)).startsWith("## Review gate: PASS\n");
  }

  @Test
  void noVariableWritesNoSummary() throws Exception {
    mojo(Map.of()).execute();

    try (var files = Files.list(basedir)) {
      assertThat(files.map(Path::getFileName).map(Path::toString))
          .containsExactlyInAnyOrder("REVIEW.md", "target");
    }
  }

  @Test
  void unwritableSummaryOnlyWarns() throws Exception {
    Path folder = Files.createDirectory(basedir.resolve("summary-folder"));
    CheckMojo mojo = mojo(Map.of("GITHUB_STEP_SUMMARY", folder.toString()));
    List<String> warnings = new ArrayList<>();
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void warn(CharSequence content) {
            warnings.add(content.toString());
          }
        });

    mojo.execute();

    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith(
            "Cannot append the review summary to " + folder + " (named by GITHUB_STEP_SUMMARY): ");
    assertThat(basedir.resolve("target/review-gate/review-result.json")).exists();
  }
}
