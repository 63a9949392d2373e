package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code review-result.sarif}: a SARIF 2.1.0 log with one run of the {@code reviewgate}
 * tool, one rule per rule id that occurs and one result per violation, located in the review file.
 */
final class SarifWriter implements ReportWriter {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
  static final String VERSION = "2.1.0";
  static final String TOOL_NAME = "reviewgate";

  /** The base that relative locations resolve against, by the name GitHub code scanning uses. */
  static final String SOURCE_ROOT = "%SRCROOT%";

  private final JsonText json = new JsonText();

  @Override
  public String render(ReportInput input) {
    List<String> ruleIds = RuleCatalogue.occurring(input.result().violations());
    ObjectNode root = json.object();
    root.put("$schema", SCHEMA);
    root.put("version", VERSION);

    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", TOOL_NAME);
    driver.set("rules", rules(ruleIds, input));

    ArrayNode results = run.putArray("results");
    for (Violation violation : input.result().violations()) {
      results.add(result(violation, ruleIds.indexOf(violation.rule()), input));
    }
    return json.write(root);
  }

  private ArrayNode rules(List<String> ruleIds, ReportInput input) {
    ArrayNode rules = json.object().arrayNode();
    for (String id : ruleIds) {
      ObjectNode rule = rules.addObject();
      rule.put("id", id);
      rule.putObject("shortDescription").put("text", RuleCatalogue.describe(id));
      Severity configured = RuleCatalogue.severity(id, input.result().policy());
      rule.putObject("defaultConfiguration").put("level", level(configured));
    }
    return rules;
  }

  private ObjectNode result(Violation violation, int ruleIndex, ReportInput input) {
    ObjectNode result = json.object();
    result.put("ruleId", violation.rule());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(violation));
    result.putObject("message").put("text", input.detail(violation));

    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(input));
    if (input.relativePath().isPresent()) {
      artifact.put("uriBaseId", SOURCE_ROOT);
    }
    if (violation.line() > 0) {
      physical.putObject("region").put("startLine", violation.line());
    }

    violation
        .waiver()
        .ifPresent(
            reason -> {
              ObjectNode suppression = result.putArray("suppressions").addObject();
              suppression.put("kind", "external");
              suppression.put("justification", reason);
            });
    return result;
  }

  private static String level(Violation violation) {
    return violation.isWaived() ? "note" : level(violation.severity());
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case OFF -> "none";
    };
  }

  /**
   * Returns the review file as a relative URI reference: relative to the base directory when it
   * lies inside it, else the file name alone, with spaces and other reserved characters
   * percent-encoded.
   */
  private static String uri(ReportInput input) {
    Path path = input.relativePath().orElse(input.result().file().getFileName());
    String slashed = path.toString().replace('\\', '/');
    if (slashed.split("/", 2)[0].contains(":")) {
      // A colon in the first segment would read as a URI scheme.
      slashed = "./" + slashed;
    }
    try {
      // The multi-argument constructor percent-encodes what a URI path may not hold.
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException invalid) {
      throw new IllegalStateException("Cannot turn " + slashed + " into a URI", invalid);
    }
  }
}
