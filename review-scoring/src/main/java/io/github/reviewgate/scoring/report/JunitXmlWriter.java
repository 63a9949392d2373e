package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code TEST-review-gate.xml}: a JUnit XML test suite named after the review file, with one
 * test case per gate rule, so that a CI test tab shows the whole gate. A rule with unwaived errors
 * fails, a rule turned off is skipped, and warnings and waived violations go to the case's output.
 */
final class JunitXmlWriter implements ReportWriter {

  static final String CLASS_NAME = "reviewgate";

  @Override
  public String render(ReportInput input) {
    StringWriter out = new StringWriter();
    try {
      // The JDK's own writer, not whichever StAX implementation the classpath offers, so that the
      // bytes never depend on the host.
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      write(xml, input);
      xml.close();
    } catch (XMLStreamException failure) {
      throw new IllegalStateException(
          "Cannot write the JUnit report: " + failure.getMessage(), failure);
    }
    return out.toString();
  }

  private void write(XMLStreamWriter xml, ReportInput input) throws XMLStreamException {
    GateResult result = input.result();
    List<String> rules = RuleCatalogue.listed(result);

    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", XmlText.clean(input.displayPath()));
    xml.writeAttribute("tests", Integer.toString(rules.size()));
    xml.writeAttribute(
        "failures",
        Long.toString(rules.stream().filter(rule -> !errors(result, rule).isEmpty()).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute(
        "skipped", Long.toString(rules.stream().filter(rule -> isSkipped(result, rule)).count()));
    xml.writeAttribute("time", "0");

    for (String rule : rules) {
      xml.writeCharacters("\n  ");
      writeCase(xml, input, rule);
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private void writeCase(XMLStreamWriter xml, ReportInput input, String rule)
      throws XMLStreamException {
    GateResult result = input.result();
    List<Violation> errors = errors(result, rule);
    List<Violation> others =
        violationsOf(result, rule).stream()
            .filter(violation -> !errors.contains(violation))
            .toList();

    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", CLASS_NAME);
    xml.writeAttribute("name", XmlText.clean(rule));
    xml.writeAttribute("time", "0");

    if (isSkipped(result, rule)) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", "The rule is turned off for this run.");
    }
    if (!errors.isEmpty()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", XmlText.clean(rule));
      xml.writeAttribute("message", XmlText.clean(errors.get(0).message()));
      xml.writeCharacters(XmlText.clean(lines(input, errors)));
      xml.writeEndElement();
    }
    if (!others.isEmpty()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(XmlText.clean(lines(input, others)));
      xml.writeEndElement();
    }
    if (isSkipped(result, rule) || !errors.isEmpty() || !others.isEmpty()) {
      xml.writeCharacters("\n  ");
    }
    xml.writeEndElement();
  }

  private static boolean isSkipped(GateResult result, String rule) {
    return RuleCatalogue.isOff(rule, result.policy()) && violationsOf(result, rule).isEmpty();
  }

  private static List<Violation> errors(GateResult result, String rule) {
    return violationsOf(result, rule).stream()
        .filter(violation -> violation.severity() == Severity.ERROR && !violation.isWaived())
        .toList();
  }

  private static List<Violation> violationsOf(GateResult result, String rule) {
    return result.violations().stream().filter(violation -> violation.rule().equals(rule)).toList();
  }

  /** Returns one line per violation: {@code file:line: severity: message}, with any waiver. */
  private static String lines(ReportInput input, List<Violation> violations) {
    return violations.stream()
        .map(violation -> line(input, violation))
        .collect(Collectors.joining("\n", "\n", "\n"));
  }

  private static String line(ReportInput input, Violation violation) {
    String severity = ReportText.lowerCase(violation.severity());
    String text =
        input.location(violation.line()) + ": " + severity + ": " + input.detail(violation);
    return violation.waiver().map(reason -> text + " (waived: " + reason + ")").orElse(text);
  }
}
