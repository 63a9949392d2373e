package io.github.reviewgate.scoring.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ViolationTest {

  private static final Path FILE = Path.of("docs", "REVIEW.md");

  @Test
  void detailDropsFileAndLine() {
    Violation violation =
        Violation.of("stale", Severity.ERROR, FILE + ":5: the review expired on 2026-02-20.", 5);

    assertThat(violation.detail(FILE)).isEqualTo("the review expired on 2026-02-20.");
  }

  @Test
  void detailDropsFileAtLineZero() {
    Violation violation =
        Violation.of("missing", Severity.ERROR, FILE + ": the review file was not found.", 0);

    assertThat(violation.detail(FILE)).isEqualTo("the review file was not found.");
  }

  @Test
  void detailKeepsOtherLine() {
    String message = FILE + ":9: the review expired on 2026-02-20.";
    Violation violation = Violation.of("stale", Severity.ERROR, message, 5);

    assertThat(violation.detail(FILE)).isEqualTo(message);
  }

  @Test
  void detailKeepsOtherFile() {
    String message = "waivers.yaml:3: waiver for stale expired on 2026-02-01.";
    Violation violation = Violation.of("waiver-expired", Severity.ERROR, message, 0);

    assertThat(violation.detail(FILE)).isEqualTo(message);
  }

  @Test
  void detailKeepsMessageWithoutLocation() {
    String message = "the review expired: docs/REVIEW.md: see line 5.";
    Violation violation = Violation.of("stale", Severity.ERROR, message, 0);

    assertThat(violation.detail(FILE)).isEqualTo(message);
  }

  @Test
  void detailKeepsLongerFileName() {
    String message = "docs/REVIEW.md.bak:5: the review expired.";
    Violation violation = Violation.of("stale", Severity.ERROR, message, 5);

    assertThat(violation.detail(Path.of("docs", "REVIEW.md"))).isEqualTo(message);
  }
}
