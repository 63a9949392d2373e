package io.github.reviewgate.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;

/** Renders a new review document from the plugin's own Velocity template. */
final class ReviewTemplate {

  private static final String TEMPLATE = "new-review.md.vm";

  private ReviewTemplate() {}

  /**
   * Renders a new review.
   *
   * @param title the review's title, as plain text; Markdown in it is escaped
   * @param date the review date
   * @param maxAgeDays days until the next review
   */
  static String render(String title, LocalDate date, int maxAgeDays) throws IOException {
    VelocityContext context = new VelocityContext();
    context.put("title", MarkdownText.escape(title));
    context.put("date", date.toString());
    context.put("nextReview", date.plusDays(maxAgeDays).toString());
    context.put("maxAgeDays", maxAgeDays);

    StringWriter output = new StringWriter();
    try (Reader template = template()) {
      engine().evaluate(context, output, TEMPLATE, template);
    }
    return output.toString();
  }

  /** Creates one engine per rendering, so that parallel builds share no Velocity state. */
  private static VelocityEngine engine() {
    Properties properties = new Properties();
    properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
    // A reference the template misspells fails the rendering instead of printing "$name".
    properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    VelocityEngine engine = new VelocityEngine(properties);
    engine.init();
    return engine;
  }

  private static Reader template() throws IOException {
    InputStream stream = ReviewTemplate.class.getResourceAsStream(TEMPLATE);
    if (stream == null) {
      throw new IOException("the template " + TEMPLATE + " is missing from the plugin");
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }
}
