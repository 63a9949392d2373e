package io.github.reviewgate.scoring.report;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders this package's Velocity templates with an engine of its own, so that parallel builds
 * never share one. Every inserted reference goes through an escaping function, and a reference with
 * no value renders as {@value #MISSING}, never as its own name. Not thread-safe, because the engine
 * is built on first use: each thread uses a renderer of its own.
 */
final class TemplateRenderer {

  static final String MISSING = "n/a";

  private static final String TEMPLATE_FOLDER = "io/github/reviewgate/scoring/report/";

  /**
   * Built on the first render, so that a run that writes only JSON, SARIF or JUnit never starts it.
   */
  private VelocityEngine engine;

  /** Renders {@code template} from this package's template folder over {@code model}. */
  String render(String template, Map<String, Object> model, UnaryOperator<String> escape) {
    VelocityContext context = new VelocityContext(new HashMap<>(model));
    EventCartridge events = new EventCartridge();
    events.addReferenceInsertionEventHandler(new EscapingInsertion(escape));
    events.addInvalidReferenceEventHandler(new MissingValue());
    events.attachToContext(context);

    if (engine == null) {
      engine = new VelocityEngine(settings());
    }
    Template compiled =
        engine.getTemplate(TEMPLATE_FOLDER + template, StandardCharsets.UTF_8.name());
    StringWriter out = new StringWriter();
    compiled.merge(context, out);
    // A checkout that turned the templates' line endings into CRLF must not change the output.
    return out.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Properties settings() {
    Properties settings = new Properties();
    settings.setProperty("resource.loaders", "class");
    settings.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
    settings.setProperty("resource.loader.class.cache", "true");
    settings.setProperty("resource.default_encoding", StandardCharsets.UTF_8.name());
    settings.setProperty("introspector.uberspect.class", SecureUberspector.class.getName());
    // A reference whose value is null goes to MissingValue too, not only an undefined one. The
    // library never logs, so Velocity does not report either.
    settings.setProperty("event_handler.invalid_references.null", "true");
    settings.setProperty("runtime.log.log_invalid_references", "false");
    return settings;
  }

  /** Escapes every value a template inserts. */
  private record EscapingInsertion(UnaryOperator<String> escape)
      implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
      return value == null ? null : escape.apply(value.toString());
    }
  }

  /** Renders a reference without a value as {@value TemplateRenderer#MISSING}. */
  private static final class MissingValue implements InvalidReferenceEventHandler {

    @Override
    public Object invalidGetMethod(
        Context context, String reference, Object object, String property, Info info) {
      return MISSING;
    }

    @Override
    public boolean invalidSetMethod(
        Context context, String leftReference, String rightReference, Info info) {
      return false;
    }

    @Override
    public Object invalidMethod(
        Context context, String reference, Object object, String method, Info info) {
      return MISSING;
    }
  }
}
