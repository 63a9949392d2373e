package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.ReviewGate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleVerdictsTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final String REVIEW =
      """
      # Billing - Security Review

      **Date**: February 10, 2026
      **Status**: ✅ APPROVED

      ## Review Checklist

      ### 1. Access ✅

      - [x] **Logins through SSO**: hardware keys required

      **Access Score**: 9/10 ✅

      ## Sign-Off

      **Status**: ✅ **APPROVED**
      **Date**: February 10, 2026
      """;

  @TempDir Path module;

  private MavenProject project() {
    MavenProject project = new MavenProject();
    project.setFile(module.resolve("pom.xml").toFile());
    return project;
  }

  private GateResult gate(String file) {
    return new ReviewGate(GatePolicy.DEFAULT).evaluate(module.resolve(file), AS_OF);
  }

  @Test
  void lineOfSkippedModule() {
    assertThat(ModuleVerdicts.line(project(), List.of())).isEqualTo("skipped");
  }

  @Test
  void lineOfPassingReview() throws IOException {
    Files.writeString(module.resolve("REVIEW.md"), REVIEW, StandardCharsets.UTF_8);

    String line = ModuleVerdicts.line(project(), List.of(gate("REVIEW.md")));

    assertThat(line).isEqualTo("PASS (REVIEW.md PASS, score 9, minimum 7, 0 errors, 0 warnings)");
  }

  @Test
  void lineShowsWorstVerdictOfSeveralFiles() throws IOException {
    Files.writeString(module.resolve("REVIEW.md"), REVIEW, StandardCharsets.UTF_8);

    String line =
        ModuleVerdicts.line(project(), List.of(gate("REVIEW.md"), gate("docs/launch.md")));

    assertThat(line)
        .isEqualTo(
            "FAIL (REVIEW.md PASS, score 9, minimum 7, 0 errors, 0 warnings; "
                + Path.of("docs", "launch.md")
                + " FAIL, score none, minimum 7, 1 error, 0 warnings)");
  }
}
