package io.github.reviewgate.model.read;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class under another default locale and restores the previous one afterwards, so that
 * a test shows its parsing does not depend on the JVM's locale. Register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class DefaultLocale implements BeforeAllCallback, AfterAllCallback {

  private final Locale locale;
  private Locale previous;

  public DefaultLocale(Locale locale) {
    this.locale = locale;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    previous = Locale.getDefault();
    Locale.setDefault(locale);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Locale.setDefault(previous);
  }
}
