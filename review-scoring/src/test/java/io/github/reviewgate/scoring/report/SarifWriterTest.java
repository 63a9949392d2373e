package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifWriterTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  private JsonNode render(GateResult result, Optional<Path> base) {
    return mapper.readTree(new SarifWriter().render(new ReportInput(result, base)));
  }

  private JsonNode run(GateResult result) {
    return render(result, Optional.empty()).get("runs").get(0);
  }

  private static JsonNode artifact(JsonNode result) {
    return result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
  }

  @Test
  void requiredProperties() {
    JsonNode log = render(SampleResults.failed(), Optional.empty());

    assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").stringValue()).endsWith("/sarif-schema-2.1.0.json");
    assertThat(log.get("runs")).hasSize(1);
    assertThat(log.get("runs").get(0).get("tool").get("driver").get("name").stringValue())
        .isEqualTo("reviewgate");
    for (JsonNode result : log.get("runs").get(0).get("results")) {
      assertThat(result.get("locations").get(0).has("physicalLocation")).isTrue();
      assertThat(result.get("message").get("text").isString()).isTrue();
    }
  }

  @Test
  void oneRulePerOccurringId() {
    JsonNode rules = run(SampleResults.failed()).get("tool").get("driver").get("rules");

    assertThat(rules.valueStream().map(rule -> rule.get("id").stringValue()))
        .containsExactly("stale", "open-finding", "overdue-action");
    assertThat(rules.get(0).get("shortDescription").get("text").stringValue())
        .isEqualTo("The evaluation date is after the review's expiry.");
    assertThat(rules.get(0).get("defaultConfiguration").get("level").stringValue())
        .isEqualTo("error");
    assertThat(rules.get(2).get("defaultConfiguration").get("level").stringValue())
        .isEqualTo("warning");
  }

  @Test
  void resultPerViolation() {
    JsonNode results = run(SampleResults.failed()).get("results");

    assertThat(results).hasSize(3);
    JsonNode stale = results.get(0);
    assertThat(stale.get("ruleId").stringValue()).isEqualTo("stale");
    assertThat(stale.get("ruleIndex").intValue()).isZero();
    assertThat(stale.get("level").stringValue()).isEqualTo("error");
    assertThat(stale.get("message").get("text").stringValue())
        .isEqualTo("the review expired on 2026-02-20, 9 days ago. Review it again.");
    assertThat(
            stale
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .intValue())
        .isEqualTo(5);
    assertThat(results.get(2).get("level").stringValue()).isEqualTo("warning");
    assertThat(results.get(2).get("ruleIndex").intValue()).isEqualTo(2);
  }

  @Test
  void waivedIsSuppressedNote() {
    JsonNode waived = run(SampleResults.failed()).get("results").get(1);

    assertThat(waived.get("level").stringValue()).isEqualTo("note");
    assertThat(waived.get("suppressions")).hasSize(1);
    assertThat(waived.get("suppressions").get(0).get("kind").stringValue()).isEqualTo("external");
    assertThat(waived.get("suppressions").get(0).get("justification").stringValue())
        .isEqualTo("Forwarding ships with release 2.1");
    assertThat(run(SampleResults.failed()).get("results").get(0).has("suppressions")).isFalse();
  }

  @Test
  void fileNameWithoutBase() {
    JsonNode artifact = artifact(run(SampleResults.failed()).get("results").get(0));

    assertThat(artifact.get("uri").stringValue()).isEqualTo("REVIEW.md");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void uriRelativeToBase() {
    Path base = Path.of("/work/project");
    GateResult result = SampleResults.withFile(base.resolve("docs/REVIEW.md"));

    JsonNode artifact =
        artifact(render(result, Optional.of(base)).get("runs").get(0).get("results").get(0));

    assertThat(artifact.get("uri").stringValue()).isEqualTo("docs/REVIEW.md");
    assertThat(artifact.get("uriBaseId").stringValue()).isEqualTo("%SRCROOT%");
  }

  @Test
  void uriPercentEncoded() {
    Path base = Path.of("/work/project");
    GateResult result = SampleResults.withFile(base.resolve("security docs/REVIEW #1.md"));

    JsonNode artifact =
        artifact(render(result, Optional.of(base)).get("runs").get(0).get("results").get(0));

    assertThat(artifact.get("uri").stringValue()).isEqualTo("security%20docs/REVIEW%20%231.md");
  }

  @Test
  void fileOutsideBase() {
    GateResult result = SampleResults.withFile(Path.of("/elsewhere/REVIEW.md"));

    JsonNode artifact =
        artifact(
            render(result, Optional.of(Path.of("/work/project")))
                .get("runs")
                .get(0)
                .get("results")
                .get(0));

    assertThat(artifact.get("uri").stringValue()).isEqualTo("REVIEW.md");
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void noRegionForWholeFile() {
    GateResult result =
        SampleResults.withViolations(
            List.of(Violation.of("no-date", Severity.ERROR, "no date", 0)));

    JsonNode location =
        run(result).get("results").get(0).get("locations").get(0).get("physicalLocation");

    assertThat(location.has("region")).isFalse();
  }

  @Test
  void noViolationsNoResults() {
    JsonNode run = run(SampleResults.withViolations(List.of()));

    assertThat(run.get("results")).isEmpty();
    assertThat(run.get("tool").get("driver").get("rules")).isEmpty();
  }
}
