package io.github.reviewgate.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.scoring.gate.GateResult;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  /** An opening tag with an attribute that loads or runs something. */
  private static final Pattern ACTIVE_ATTRIBUTE =
      Pattern.compile(
          "<[a-zA-Z][^>]*\\s(href|src|on[a-z]+|action|formaction)\\s*=", Pattern.CASE_INSENSITIVE);

  private static String render(GateResult result) {
    return new HtmlReportWriter().render(new ReportInput(result, Optional.empty()));
  }

  @Test
  void verdictAndScore() {
    String html = render(SampleResults.warned());

    assertThat(html).startsWith("<!DOCTYPE html>\n");
    assertThat(html)
        .contains("<header class=\"warn\">")
        .contains("<span class=\"badge\">WARN</span>");
    assertThat(html).contains("<h1>Ledger Sync Service - Security Review</h1>");
    assertThat(html).contains("<span class=\"big\">7.8333</span><span>out of 10, minimum 7</span>");
    assertThat(html).contains("<span class=\"met\">met</span>");
  }

  @Test
  void scoreNearMinimumExact() {
    String html = render(SampleResults.withOverall(new java.math.BigDecimal("6.99999")));

    assertThat(html)
        .contains("<span class=\"big\">6.99999</span><span>out of 10, minimum 7</span>");
    assertThat(html).contains("<span class=\"unmet\">below the minimum</span>");
  }

  @Test
  void explanationShowsSum() {
    String html = render(SampleResults.warned());

    assertThat(html)
        .contains("<tr><td>Compliance Readiness</td><td>declared</td><td class=\"num\">6</td>")
        .contains("23.5 &divide; 3 = 7.8333");
  }

  @Test
  void sectionsWithProgressBars() {
    String html = render(SampleResults.warned());

    assertThat(html).contains("<div class=\"done\" style=\"width: 37.5%\"></div>");
    assertThat(html).contains("3 of 8 done");
    assertThat(html).contains("<summary>5 open</summary>");
    assertThat(html).contains("<li><span class=\"counts\">(partial)</span> Backups encrypted");
    assertThat(html).contains("3 of 5 done, 1 partial, 1 not applicable");
    assertThat(html)
        .contains("Security Recommendations <span class=\"counts\">(not scored)</span>");
  }

  @Test
  void findingsAndOverdueActions() {
    String html = render(SampleResults.warned());

    assertThat(html).contains("<span class=\"chip high open\">high: 1</span>");
    assertThat(html)
        .contains("<li>Audit events not forwarded <span class=\"loc muted\">line 50</span></li>");
    assertThat(html).contains("<p>3 action items, 1 overdue.</p>");
    assertThat(html)
        .contains(
            "<tr><td>Rotate the signing keys</td><td class=\"num\">2026-02-09</td><td class=\"line\">61</td></tr>");
  }

  @Test
  void everyViolationWithLine() {
    String html = render(SampleResults.failed());

    assertThat(html)
        .contains("<h2>Violations <span class=\"counts\">1 error, 1 warning, 1 waived</span></h2>");
    assertThat(html)
        .contains(
            "<tr class=\"error\"><td><span class=\"sev error\">error</span></td><td><code>stale</code></td><td class=\"line\">5</td><td>the review expired on 2026-02-20, 9 days ago. Review it again.</td></tr>");
    assertThat(html)
        .contains("<tr class=\"waived\">")
        .contains("Waived: Forwarding ships with release 2.1");
    assertThat(html).contains("<td class=\"line\">61</td>");
  }

  @Test
  void verdictSummaryNamesFailingRules() {
    assertThat(render(SampleResults.failed()))
        .contains("<p class=\"summary\">Fails on stale: 1 error, 1 warning, 1 waived</p>");
    assertThat(render(SampleResults.warned()))
        .contains("<p class=\"summary\">Passes with warnings: 0 errors, 2 warnings</p>");
  }

  @Test
  void violationsBeforeScore() {
    String html = render(SampleResults.failed());

    assertThat(html.indexOf("<h2>Violations")).isLessThan(html.indexOf("<h2>Score</h2>"));
    assertThat(html.indexOf("<h2>Score</h2>")).isLessThan(html.indexOf("<h2>Sections</h2>"));
  }

  @Test
  void locationShownOnce() {
    String html = render(SampleResults.failed());

    assertThat(html).containsOnlyOnce("docs/REVIEW.md");
  }

  @Test
  void expiredDateMarked() {
    String html = render(SampleResults.withExpires(java.time.LocalDate.of(2026, 2, 28)));

    assertThat(html)
        .contains(
            "<div class=\"label\">Expires</div><div class=\"value expired\">2026-02-28</div><div class=\"counts expired\">expired before 2026-03-01</div>");
  }

  @Test
  void hostileTextEscaped() {
    String html = render(SampleResults.hostile());

    assertThat(html).containsIgnoringCase("<style>").doesNotContainIgnoringCase("<script");
    assertThat(html)
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<a ")
        .doesNotContain("<b ");
    assertThat(ACTIVE_ATTRIBUTE.matcher(html).find())
        .as("an attribute that loads or runs code")
        .isFalse();
    assertThat(html).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; Identity");
    assertThat(html)
        .contains(
            "[click](javascript:alert(1)) &lt;a href=&quot;javascript:alert(2)&quot;&gt;link&lt;/a&gt;");
    assertThat(html).contains("&lt;/td&gt;&lt;script&gt;alert(&#39;message&#39;)&lt;/script&gt;");
    assertThat(html).contains("Waived: &lt;script&gt;alert(&#39;waiver&#39;)&lt;/script&gt;");
  }

  @Test
  void userTextNotEvaluated() {
    String html = render(SampleResults.hostile());

    // Template syntax in user text shows as written: it is data, never part of the template.
    assertThat(html).contains("| $title ${verdict} #if(true)x#end</h1>");
  }

  @Test
  void noReferenceLeaks() {
    for (GateResult result :
        new GateResult[] {
          SampleResults.warned(), SampleResults.failed(), SampleResults.unreadable()
        }) {
      assertThat(render(result)).doesNotContain("$");
    }
  }

  @Test
  void missingValuesShowPlaceholder() {
    String html = render(SampleResults.unreadable());

    assertThat(html).contains("<h1><span class=\"muted\">Untitled review</span></h1>");
    assertThat(html)
        .contains("<div class=\"label\">Review date</div><div class=\"value\">n/a</div>");
    assertThat(html).contains("<div class=\"label\">Sign-off</div><div class=\"value\">n/a</div>");
    assertThat(html).contains("<span class=\"big\">n/a</span><span>no score, minimum 7</span>");
    assertThat(html).contains("<p>There is no score: the review file could not be read.</p>");
  }

  @Test
  void selfContained() {
    String html = render(SampleResults.warned());

    assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<script");
    assertThat(html).doesNotContain("http://").doesNotContain("https://");
    assertThat(html).doesNotContain("url(").doesNotContain("@import");
    assertThat(html).doesNotContain("\r");
  }
}
