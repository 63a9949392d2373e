package io.github.reviewgate.scoring.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gates a review file that is not UTF-8 text. */
class EncodingGateTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 10);

  @TempDir Path folder;

  @Test
  void utf16IsUnreadable() throws IOException {
    Path file = folder.resolve("REVIEW.md");
    Files.writeString(file, "# Review\n\n**Status**: APPROVED\n", StandardCharsets.UTF_16);

    GateResult result = new ReviewGate(GatePolicy.DEFAULT).evaluate(file, AS_OF);

    assertThat(result.violations())
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.rule()).isEqualTo(RuleIds.UNREADABLE);
              assertThat(violation.message())
                  .isEqualTo(
                      file
                          + ":1: the review cannot be read: the file is not UTF-8 text (it looks"
                          + " like UTF-16); save it as UTF-8.");
            });
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }
}
