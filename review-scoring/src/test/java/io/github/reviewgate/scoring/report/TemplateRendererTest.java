package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  private static String renderProbe() {
    Map<String, Object> row = new HashMap<>();
    row.put("empty", null);
    row.put("text", "<b>bold</b>");
    return new TemplateRenderer().render("renderer-probe.vm", Map.of("row", row), HtmlText::escape);
  }

  @Test
  void undefinedReferencePlaceholder() {
    assertThat(renderProbe()).contains("undefined: n/a\n");
  }

  @Test
  void nullValuePlaceholder() {
    assertThat(renderProbe()).contains("null: n/a\n");
  }

  @Test
  void valuesEscaped() {
    assertThat(renderProbe()).contains("text: &lt;b&gt;bold&lt;/b&gt;\n");
  }

  @Test
  void reflectionBlocked() {
    // The secure introspector rejects calls on java.lang.Class, so the chain ends in the
    // placeholder.
    assertThat(renderProbe()).contains("class: n/a\n");
  }
}
