package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GateResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSummaryWriterTest {

  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

  @TempDir Path folder;

  private static String render(GateResult result) {
    return new MarkdownSummaryWriter().render(new ReportInput(result, Optional.empty()));
  }

  private static List<String> tableRows(String markdown) {
    return markdown.lines().filter(line -> line.startsWith("| ")).toList();
  }

  private static int unescapedPipes(String line) {
    Matcher matcher = UNESCAPED_PIPE.matcher(line);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void verdictAndScore() {
    String markdown = render(SampleResults.warned());

    assertThat(markdown)
        .startsWith("## Review gate: WARN\n\nPasses with warnings: 0 errors, 2 warnings\n\n");
    assertThat(markdown)
        .contains(
            "**Ledger Sync Service - Security Review**, docs/REVIEW.md, evaluated as of 2026-03-01\n");
    assertThat(markdown).contains("\n- Score: 7.8333 out of 10, minimum 7 (met)\n");
    assertThat(markdown)
        .contains("\n- Review date: 2026-02-08; next review: 2026-05-08; expires: 2026-05-08\n");
    assertThat(markdown).contains("\n- Open findings: critical 0, high 1, medium 1, low 0\n");
    assertThat(markdown).contains("\n- Actions: 3, 1 overdue\n");
  }

  @Test
  void violationsBeforeSections() {
    String markdown = render(SampleResults.failed());

    assertThat(markdown).contains("\nFails on stale: 1 error, 1 warning, 1 waived\n");
    assertThat(markdown.indexOf("### Violations")).isLessThan(markdown.indexOf("| Section |"));
    assertThat(markdown).endsWith(" | 2 of 2 |\n");
  }

  @Test
  void sectionsTable() {
    List<String> rows = tableRows(render(SampleResults.warned()));

    assertThat(rows)
        .containsExactly(
            "| Section | Score | Declared | Computed | Weight | Items done |",
            "| Identity and Access | 9.5 | 9.5 | 7.5 | 1 | 3 of 4 |",
            "| Data Protection | 8 | 8 | 7 | 1 | 3 of 5 |",
            "| Compliance Readiness | 6 | 6 | 3.75 | 1 | 3 of 8 |",
            "| Security Recommendations (not scored) | - | n/a | 10 | - | 2 of 2 |");
  }

  @Test
  void violationsWithLocation() {
    String markdown = render(SampleResults.failed());

    assertThat(markdown).contains("\n### Violations: 1 error, 1 warning, 1 waived\n\n");
    assertThat(markdown)
        .contains(
            "\n- **error** stale at docs/REVIEW.md:5: the review expired on 2026-02-20, 9 days ago."
                + " Review it again.\n");
    assertThat(markdown)
        .contains(
            "\n- waived error open-finding at docs/REVIEW.md:50: open high finding \"Audit events"
                + " not forwarded\". (waived: Forwarding ships with release 2.1)\n");
    assertThat(markdown).contains("was due 2026-02-09.\n\n| Section |");
  }

  @Test
  void noViolations() {
    String markdown = render(SampleResults.withViolations(List.of()));

    assertThat(markdown).contains("\nNo violations: every rule passed.\n\n| Section |");
  }

  @Test
  void pipesEscapedInTable() {
    List<String> rows = tableRows(render(SampleResults.hostile()));

    assertThat(rows).allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(7));
    assertThat(rows.get(1))
        .startsWith("| \\<img src=x onerror=alert(1)\\> Identity \\| \\*bold\\* \\_it\\_ |");
  }

  @Test
  void metacharactersEscaped() {
    String markdown = render(SampleResults.hostile());

    assertThat(markdown)
        .contains(
            "**\\<script\\>alert('title')\\</script\\> \\| \\$title \\${verdict} \\#if(true)x\\#end**");
    assertThat(markdown)
        .contains("\\</td\\>\\<script\\>alert('message')\\</script\\> \\| \\`code\\` \\$message");
    assertThat(Pattern.compile("(?<!\\\\)[<>]").matcher(markdown).find())
        .as("an unescaped angle bracket")
        .isFalse();
  }

  @Test
  void lineBreaksJoined() {
    assertThat(MarkdownText.escape("first\nsecond\r\nthird")).isEqualTo("first second  third");
  }

  @Test
  void missingValuesShowPlaceholder() {
    String markdown = render(SampleResults.unreadable());

    assertThat(markdown).contains("\n- Score: none, minimum 7\n");
    assertThat(markdown).contains("\n- Review date: n/a; next review: n/a; expires: n/a\n");
    assertThat(markdown).contains("\n- Sign-off: n/a\n");
    assertThat(markdown).doesNotContain("$");
  }

  @Test
  void appendStepSummary() throws IOException {
    Path summary = folder.resolve("step-summary.md");
    Files.writeString(summary, "# Build\n", StandardCharsets.UTF_8);
    String expected = render(SampleResults.warned());

    Reports.appendStepSummary(SampleResults.warned(), summary);
    Reports.appendStepSummary(SampleResults.warned(), summary);

    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo("# Build\n\n" + expected + "\n" + expected);
  }

  @Test
  void appendCreatesSummary() throws IOException {
    Path summary = folder.resolve("new-summary.md");

    Reports.appendStepSummary(SampleResults.warned(), summary);

    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .isEqualTo(render(SampleResults.warned()));
  }
}
