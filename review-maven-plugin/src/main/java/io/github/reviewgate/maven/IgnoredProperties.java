package io.github.reviewgate.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Finds the {@code -D} properties that a run ignores: Maven injects a parameter's value from the
 * POM's {@code <configuration>} when it is written there, and reads the property only otherwise,
 * without a word in the log.
 */
final class IgnoredProperties {

  private IgnoredProperties() {}

  /** Logs a warning for each ignored property; without a session, as in a unit test, none. */
  static void warn(MavenSession session, MojoExecution execution, Log log) {
    if (session == null || execution == null) {
      return;
    }
    for (String warning : warnings(execution.getConfiguration(), session.getUserProperties())) {
      log.warn(warning);
    }
  }

  /**
   * Returns one warning for each user property whose parameter the execution's configuration sets
   * to a value of its own.
   *
   * @param configuration the execution's configuration as Maven merged it, or {@code null}
   * @param userProperties the session's user properties, the {@code -D} options
   */
  static List<String> warnings(Xpp3Dom configuration, Properties userProperties) {
    List<String> warnings = new ArrayList<>();
    if (configuration == null) {
      return warnings;
    }
    for (Map.Entry<String, String> entry : ReviewProperties.BY_PARAMETER.entrySet()) {
      String parameter = entry.getKey();
      String property = entry.getValue();
      String propertyValue = userProperties.getProperty(property);
      Xpp3Dom child = configuration.getChild(parameter);
      if (propertyValue == null || child == null || child.getValue() == null) {
        continue;
      }
      String configured = child.getValue().trim();
      // The plugin's own default reads "${review.file}"; a POM value written as that expression
      // arrives already interpolated, so it equals the property.
      if (configured.contains("${") || configured.equals(propertyValue.trim())) {
        continue;
      }
      warnings.add(warning(property, propertyValue, parameter, configured));
    }
    warnings.sort(null);
    return warnings;
  }

  private static String warning(
      String property, String propertyValue, String parameter, String value) {
    return property
        + "="
        + propertyValue
        + " is ignored: the POM's <configuration> sets "
        + parameter
        + " to "
        + value
        + "; remove it there, or write <"
        + parameter
        + ">${"
        + property
        + "}</"
        + parameter
        + "> with a default in <properties>";
  }
}
