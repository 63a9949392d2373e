package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GateResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonResultWriterTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  private String render(GateResult result) {
    return new JsonResultWriter().render(new ReportInput(result, java.util.Optional.empty()));
  }

  private JsonNode tree(GateResult result) {
    return mapper.readTree(render(result));
  }

  @Test
  void fieldsInFixedOrder() {
    JsonNode root = tree(SampleResults.warned());

    assertThat(root.propertyNames())
        .containsExactly(
            "verdict",
            "score",
            "minScore",
            "asOf",
            "file",
            "title",
            "reviewDate",
            "nextReview",
            "expires",
            "signOff",
            "sections",
            "findings",
            "actions",
            "violations",
            "explanation");
    assertThat(root.get("sections").get(0).propertyNames())
        .containsExactly(
            "title",
            "line",
            "scored",
            "score",
            "declaredScore",
            "computedScore",
            "source",
            "weight",
            "done",
            "notDone",
            "partial",
            "notApplicable");
    assertThat(root.get("violations").get(0).propertyNames())
        .containsExactly("rule", "severity", "message", "line", "waived");
  }

  @Test
  void messageKeepsLocation() {
    JsonNode stale = tree(SampleResults.failed()).get("violations").get(0);

    assertThat(stale.get("message").stringValue())
        .isEqualTo(
            SampleResults.FILE
                + ":5: the review expired on 2026-02-20, 9 days ago. Review it again.");
  }

  @Test
  void headerValues() {
    JsonNode root = tree(SampleResults.warned());

    assertThat(root.get("verdict").stringValue()).isEqualTo("WARN");
    assertThat(root.get("asOf").stringValue()).isEqualTo("2026-03-01");
    assertThat(root.get("file").stringValue()).isEqualTo("docs/REVIEW.md");
    assertThat(root.get("title").stringValue()).isEqualTo("Ledger Sync Service - Security Review");
    assertThat(root.get("reviewDate").stringValue()).isEqualTo("2026-02-08");
    assertThat(root.get("nextReview").stringValue()).isEqualTo("2026-05-08");
    assertThat(root.get("expires").stringValue()).isEqualTo("2026-05-08");
    assertThat(root.get("signOff").stringValue()).isEqualTo("approved");
  }

  @Test
  void scoreRoundedToFourDecimals() {
    String json = render(SampleResults.warned());

    // 23.5 / 3 = 7.8333…, rounded half-even.
    assertThat(json).contains("\n  \"score\": 7.8333,\n").contains("\n  \"minScore\": 7,\n");
  }

  @Test
  void scoreRoundsHalfEven() {
    assertThat(render(SampleResults.withOverall(new BigDecimal("9.12345"))))
        .contains("\"score\": 9.1234,");
    assertThat(render(SampleResults.withOverall(new BigDecimal("9.12355"))))
        .contains("\"score\": 9.1236,");
  }

  @Test
  void scoreDropsTrailingZeros() {
    assertThat(render(SampleResults.withOverall(new BigDecimal("9.2500"))))
        .contains("\"score\": 9.25,");
    assertThat(render(SampleResults.withOverall(new BigDecimal("10.000"))))
        .contains("\"score\": 10,");
  }

  @Test
  void sectionValues() {
    JsonNode sections = tree(SampleResults.warned()).get("sections");

    assertThat(sections).hasSize(4);
    JsonNode data = sections.get(1);
    assertThat(data.get("title").stringValue()).isEqualTo("Data Protection");
    assertThat(data.get("scored").booleanValue()).isTrue();
    assertThat(data.get("score").decimalValue()).isEqualByComparingTo("8");
    assertThat(data.get("declaredScore").decimalValue()).isEqualByComparingTo("8");
    assertThat(data.get("computedScore").decimalValue()).isEqualByComparingTo("7");
    assertThat(data.get("source").stringValue()).isEqualTo("declared");
    assertThat(data.get("weight").intValue()).isEqualTo(1);
    assertThat(data.get("done").intValue()).isEqualTo(3);
    assertThat(data.get("notDone").intValue()).isEqualTo(1);
    assertThat(data.get("partial").intValue()).isEqualTo(1);
    assertThat(data.get("notApplicable").intValue()).isEqualTo(1);
  }

  @Test
  void unscoredSectionHasNullScore() {
    JsonNode recommendations = tree(SampleResults.warned()).get("sections").get(3);

    assertThat(recommendations.get("scored").booleanValue()).isFalse();
    assertThat(recommendations.get("score").isNull()).isTrue();
    assertThat(recommendations.get("declaredScore").isNull()).isTrue();
    assertThat(recommendations.get("source").isNull()).isTrue();
    assertThat(recommendations.get("computedScore").decimalValue()).isEqualByComparingTo("10");
  }

  @Test
  void openFindingsByPriority() {
    JsonNode findings = tree(SampleResults.warned()).get("findings");

    assertThat(findings.propertyNames()).containsExactly("critical", "high", "medium", "low");
    assertThat(findings.get("critical").intValue()).isZero();
    assertThat(findings.get("high").intValue())
        .as("the resolved high finding is not open")
        .isEqualTo(1);
    assertThat(findings.get("medium").intValue()).isEqualTo(1);
    assertThat(findings.get("low").intValue()).isZero();
  }

  @Test
  void actionsCountOverdueViolations() {
    JsonNode actions = tree(SampleResults.warned()).get("actions");

    assertThat(actions.get("total").intValue()).isEqualTo(3);
    assertThat(actions.get("overdue").intValue()).isEqualTo(1);
  }

  @Test
  void violationsWithWaiver() {
    JsonNode violations = tree(SampleResults.failed()).get("violations");

    assertThat(violations).hasSize(3);
    JsonNode stale = violations.get(0);
    assertThat(stale.get("rule").stringValue()).isEqualTo("stale");
    assertThat(stale.get("severity").stringValue()).isEqualTo("error");
    assertThat(stale.get("line").intValue()).isEqualTo(5);
    assertThat(stale.get("waived").isNull()).isTrue();
    JsonNode waived = violations.get(1);
    assertThat(waived.get("rule").stringValue()).isEqualTo("open-finding");
    assertThat(waived.get("waived").stringValue()).isEqualTo("Forwarding ships with release 2.1");
    assertThat(violations.get(2).get("severity").stringValue()).isEqualTo("warning");
  }

  @Test
  void explanationRecomputesScore() {
    JsonNode explanation = tree(SampleResults.warned()).get("explanation");

    assertThat(explanation.get("method").stringValue()).isEqualTo("weightedMean");
    assertThat(explanation.get("weightedSum").decimalValue()).isEqualByComparingTo("23.5");
    assertThat(explanation.get("totalWeight").decimalValue()).isEqualByComparingTo("3");
    List<String> titles =
        explanation
            .get("sections")
            .valueStream()
            .map(node -> node.get("title").stringValue())
            .toList();
    assertThat(titles)
        .containsExactly("Identity and Access", "Data Protection", "Compliance Readiness");
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode term : explanation.get("sections")) {
      assertThat(term.get("source").stringValue()).isEqualTo("declared");
      sum =
          sum.add(
              new BigDecimal(term.get("score").asString())
                  .multiply(new BigDecimal(term.get("weight").asString())));
    }
    assertThat(sum).isEqualByComparingTo("23.5");
  }

  @Test
  void unreadableFileGivesNulls() {
    JsonNode root = tree(SampleResults.unreadable());

    assertThat(root.get("verdict").stringValue()).isEqualTo("FAIL");
    for (String field :
        List.of("score", "title", "reviewDate", "nextReview", "expires", "signOff")) {
      assertThat(root.get(field).isNull()).as(field).isTrue();
    }
    assertThat(root.get("sections")).isEmpty();
    assertThat(root.get("actions").get("total").intValue()).isZero();
    assertThat(root.get("explanation").get("method").stringValue()).isEqualTo("none");
    assertThat(root.get("violations").get(0).get("rule").stringValue()).isEqualTo("unreadable");
  }

  @Test
  void lineZeroIsNull() {
    GateResult result =
        SampleResults.withViolations(
            List.of(
                io.github.reviewgate.scoring.gate.Violation.of(
                    "no-score", io.github.reviewgate.scoring.gate.Severity.ERROR, "no score", 0)));

    assertThat(tree(result).get("violations").get(0).get("line").isNull()).isTrue();
  }

  @Test
  void plainTextLayout() {
    String json = render(SampleResults.warned());

    assertThat(json)
        .startsWith("{\n  \"verdict\": \"WARN\",\n")
        .endsWith("}\n")
        .doesNotContain("\r");
  }
}
