package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesTurnedOffTest {

  private static Optional<String> line(GateParameters parameters) throws ParameterException {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    return RulesTurnedOff.line(
        GateSettings.from(parameters, Path.of("/work/service"), clock).policy());
  }

  @Test
  void allRulesOnSaysNothing() throws ParameterException {
    assertThat(line(new GateParameters())).isEmpty();
  }

  @Test
  void namesRulesAndSettings() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.skipRules = "stale, overdue-action";
    Map<String, String> severities = new LinkedHashMap<>();
    severities.put("reader", "off");
    severities.put("conditional-approval", "off");
    severities.put("expiring-soon", "error");
    parameters.severities = severities;

    assertThat(line(parameters))
        .contains(
            "  Rules turned off for this run: overdue-action, stale (set by review.skipRules);"
                + " conditional-approval, reader (set to off in severities)");
  }
}
