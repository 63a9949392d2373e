package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.ReviewGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownSectionWeightsTest {

  private static final String REVIEW =
      """
      # Ledger - Security Review

      **Date**: 2026-02-01
      **Status**: APPROVED

      ## Review Checklist

      ### 1. Access Control

      - [x] Least privilege

      ### 2. Data Protection

      - [x] Encryption at rest
      """;

  @TempDir Path basedir;

  private GateResult evaluate(Map<String, String> weights) throws Exception {
    Path file = basedir.resolve("REVIEW.md");
    Files.writeString(file, REVIEW);
    GateParameters parameters = new GateParameters();
    parameters.sectionWeights = weights;
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    GateSettings settings = GateSettings.from(parameters, basedir, clock);
    return new ReviewGate(settings.policy()).evaluate(file, LocalDate.of(2026, 3, 1));
  }

  @Test
  void unknownTitleNamesSections() throws Exception {
    GateResult result = evaluate(Map.of("Nope_Section", "2", "data_protection", "3"));

    assertThat(UnknownSectionWeights.warnings(result))
        .containsExactly(
            result.file()
                + ": sectionWeights names the section \"Nope Section\", which this review does not"
                + " have; its sections are \"Access Control\", \"Data Protection\". Correct the"
                + " title (write an underscore for each space) or remove the weight.");
  }

  @Test
  void knownTitlesSayNothing() throws Exception {
    assertThat(UnknownSectionWeights.warnings(evaluate(Map.of("Access_Control", "2")))).isEmpty();
  }
}
