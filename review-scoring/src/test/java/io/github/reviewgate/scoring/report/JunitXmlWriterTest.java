package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlWriterTest {

  private static final List<String> RULES =
      List.of(
          "missing",
          "unreadable",
          "no-date",
          "future-date",
          "stale",
          "expiring-soon",
          "no-score",
          "below-min-score",
          "section-below-min",
          "open-finding",
          "not-approved",
          "conditional-approval",
          "overdue-action",
          "score-inconsistent",
          "reader");

  private static Element parse(GateResult result) throws Exception {
    String xml = new JunitXmlWriter().render(new ReportInput(result, Optional.empty()));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return document.getDocumentElement();
  }

  private static Element testCase(Element suite, String rule) {
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      if (testCase.getAttribute("name").equals(rule)) {
        return testCase;
      }
    }
    throw new AssertionError("no test case " + rule);
  }

  private static List<String> caseNames(Element suite) {
    NodeList cases = suite.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    return names;
  }

  private static Element child(Element parent, String name) {
    NodeList children = parent.getElementsByTagName(name);
    return children.getLength() == 0 ? null : (Element) children.item(0);
  }

  @Test
  void suiteNamedAfterFile() throws Exception {
    Element suite = parse(SampleResults.failed());

    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("docs/REVIEW.md");
    assertThat(suite.getAttribute("tests")).isEqualTo("15");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
  }

  @Test
  void caseForEveryRule() throws Exception {
    Element suite = parse(SampleResults.warned());

    assertThat(caseNames(suite)).containsExactlyElementsOf(RULES);
    assertThat(testCase(suite, "missing").getAttribute("classname")).isEqualTo("reviewgate");
    assertThat(testCase(suite, "missing").hasChildNodes()).isFalse();
  }

  @Test
  void errorsFail() throws Exception {
    Element failure = child(testCase(parse(SampleResults.failed()), "stale"), "failure");

    assertThat(failure).isNotNull();
    assertThat(failure.getAttribute("type")).isEqualTo("stale");
    assertThat(failure.getAttribute("message"))
        .isEqualTo(
            SampleResults.FILE
                + ":5: the review expired on 2026-02-20, 9 days ago. Review it again.");
    assertThat(failure.getTextContent())
        .isEqualTo(
            "\ndocs/REVIEW.md:5: error: the review expired on 2026-02-20, 9 days ago. Review it"
                + " again.\n");
  }

  @Test
  void warningsInOutput() throws Exception {
    Element overdue = testCase(parse(SampleResults.failed()), "overdue-action");

    assertThat(child(overdue, "failure")).isNull();
    assertThat(child(overdue, "system-out").getTextContent())
        .isEqualTo(
            "\ndocs/REVIEW.md:61: warning: action \"Rotate the signing keys\" was due"
                + " 2026-02-09.\n");
  }

  @Test
  void waivedErrorPasses() throws Exception {
    Element openFinding = testCase(parse(SampleResults.failed()), "open-finding");

    assertThat(child(openFinding, "failure")).isNull();
    assertThat(child(openFinding, "system-out").getTextContent())
        .contains("docs/REVIEW.md:50: error: open high finding")
        .contains("(waived: Forwarding ships with release 2.1)");
  }

  @Test
  void rulesTurnedOffSkipped() throws Exception {
    GatePolicy defaults = GatePolicy.DEFAULT;
    GatePolicy policy =
        new GatePolicy(
            defaults.maxAgeDays(),
            defaults.warnDays(),
            defaults.minScore(),
            defaults.minSectionScore(),
            defaults.scoring(),
            Optional.empty(),
            false,
            defaults.failOnError(),
            Map.of("conditional-approval", Severity.OFF),
            Set.of("expiring-soon"),
            defaults.waivers(),
            defaults.maxFileSize());

    Element suite = parse(SampleResults.withPolicy(policy));

    for (String rule :
        List.of(
            "section-below-min",
            "open-finding",
            "not-approved",
            "conditional-approval",
            "expiring-soon")) {
      assertThat(child(testCase(suite, rule), "skipped")).as(rule).isNotNull();
    }
    assertThat(child(testCase(suite, "stale"), "skipped")).isNull();
    assertThat(suite.getAttribute("skipped")).isEqualTo("5");
  }

  @Test
  void waiverRuleListedWhenItOccurs() throws Exception {
    GateResult result =
        SampleResults.withViolations(
            List.of(Violation.of("waiver-expired", Severity.ERROR, "the waiver expired", 3)));

    Element suite = parse(result);

    assertThat(caseNames(suite)).hasSize(16).endsWith("waiver-expired");
    assertThat(child(testCase(suite, "waiver-expired"), "failure")).isNotNull();
  }

  @Test
  void markupAndControlCharactersSafe() throws Exception {
    String message = "<b>&amp;</b> \"quoted\" ]]> bell\u0007 end";
    GateResult result =
        SampleResults.withViolations(List.of(Violation.of("reader", Severity.ERROR, message, 7)));

    Element failure = child(testCase(parse(result), "reader"), "failure");

    assertThat(failure.getAttribute("message"))
        .isEqualTo("<b>&amp;</b> \"quoted\" ]]> bell\uFFFD end");
    assertThat(failure.getTextContent()).contains("<b>&amp;</b> \"quoted\" ]]> bell\uFFFD end");
  }

  @Test
  void declarationAndLayout() {
    String xml =
        new JunitXmlWriter().render(new ReportInput(SampleResults.warned(), Optional.empty()));

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite ");
    assertThat(xml).endsWith("</testsuite>\n").doesNotContain("\r");
  }
}
