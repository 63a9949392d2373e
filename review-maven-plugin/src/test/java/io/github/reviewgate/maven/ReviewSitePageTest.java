package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.ReviewGate;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSitePageTest {

  @TempDir Path module;

  /** Records the text and link events a page sends, and ignores the structure. */
  private static Sink recordingSink(List<String> events) {
    return (Sink)
        Proxy.newProxyInstance(
            Sink.class.getClassLoader(),
            new Class<?>[] {Sink.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("text") || method.getName().equals("link")) {
                events.add(method.getName() + ": " + arguments[0]);
              }
              return null;
            });
  }

  private List<String> render(boolean linksReports) {
    GateResult missing =
        new ReviewGate(GatePolicy.DEFAULT)
            .evaluate(module.resolve("REVIEW.md"), LocalDate.of(2026, 3, 1));
    List<String> events = new ArrayList<>();
    new ReviewSitePage(recordingSink(events), module, "review-gate", linksReports)
        .render(List.of(missing));
    return events;
  }

  @Test
  void pageShowsVerdictAndViolation() {
    List<String> events = render(true);

    assertThat(events).contains("text: REVIEW.md", "text: Verdict", "text: FAIL");
    assertThat(events).contains("text: missing");
    // The table shows the location in its own cells, so the message starts after it.
    assertThat(events).anyMatch(event -> event.startsWith("text: the review file was not found"));
  }

  @Test
  void pageLinksHtmlReport() {
    assertThat(render(true)).contains("link: review-gate/review-report.html");
  }

  @Test
  void pageWithoutHtmlHasNoLink() {
    assertThat(render(false)).noneMatch(event -> event.startsWith("link: "));
  }
}
