package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class IgnoredPropertiesTest {

  private static Xpp3Dom configuration(String parameter, String value) {
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    Xpp3Dom child = new Xpp3Dom(parameter);
    child.setValue(value);
    configuration.addChild(child);
    return configuration;
  }

  private static Properties properties(String name, String value) {
    Properties properties = new Properties();
    properties.setProperty(name, value);
    return properties;
  }

  @Test
  void literalPomValueWarns() {
    assertThat(
            IgnoredProperties.warnings(
                configuration("reviewFile", "docs/security-review.md"),
                properties("review.file", "docs/high.md")))
        .containsExactly(
            "review.file=docs/high.md is ignored: the POM's <configuration> sets reviewFile to"
                + " docs/security-review.md; remove it there, or write"
                + " <reviewFile>${review.file}</reviewFile> with a default in <properties>");
  }

  @Test
  void defaultExpressionIsQuiet() {
    assertThat(
            IgnoredProperties.warnings(
                configuration("reviewFile", "${review.file}"),
                properties("review.file", "docs/high.md")))
        .isEmpty();
  }

  @Test
  void sameValueIsQuiet() {
    assertThat(
            IgnoredProperties.warnings(
                configuration("minScore", "8"), properties("review.minScore", "8")))
        .isEmpty();
  }

  @Test
  void unsetPropertyIsQuiet() {
    assertThat(
            IgnoredProperties.warnings(
                configuration("minScore", "8"), properties("review.asOf", "2026-03-01")))
        .isEmpty();
  }

  @Test
  void noConfigurationIsQuiet() {
    assertThat(IgnoredProperties.warnings(null, properties("review.minScore", "8"))).isEmpty();
  }
}
