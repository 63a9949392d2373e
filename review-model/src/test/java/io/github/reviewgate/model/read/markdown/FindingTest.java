package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import org.junit.jupiter.api.Test;

/** Reads findings under priority headings and from tables with a priority column. */
class FindingTest {

  @Test
  void priorityHeadings() {
    Review review =
        read(
            lines(
                "## Findings",
                "",
                "### High Priority",
                "",
                "- None",
                "",
                "### Medium Priority",
                "",
                "1. **CloudTrail** - Enable for API audit logging",
                "2. Restrict model access (if requirements are fixed)",
                "",
                "**Note**: optional enhancements.",
                "",
                "### Low",
                "",
                "- Canary analysis is manual"));

    assertThat(review.findings())
        .extracting(Finding::title, Finding::priority, Finding::status, Finding::line)
        .containsExactly(
            tuple(
                "CloudTrail - Enable for API audit logging",
                Priority.MEDIUM,
                FindingStatus.OPEN,
                9),
            tuple(
                "Restrict model access (if requirements are fixed)",
                Priority.MEDIUM,
                FindingStatus.OPEN,
                10),
            tuple("Canary analysis is manual", Priority.LOW, FindingStatus.OPEN, 16));
  }

  @Test
  void itemsUnderNoPriorityHeading() {
    Review review =
        read(
            lines(
                "## Risk Assessment",
                "",
                "1. Compliance gaps - **Medium Risk**",
                "2. No CloudTrail"));

    assertThat(review.findings()).isEmpty();
  }

  @Test
  void resolvedAndAccepted() {
    Review review =
        read(
            lines(
                "## Findings",
                "",
                "### Critical",
                "",
                "1. **One shared secret**: lets a partner forge events. **Accepted** by the owner.",
                "",
                "### High",
                "",
                "1. ~~**Request forgery**: closed by the allow-list~~",
                "",
                "### Medium",
                "",
                "- [x] Retry pressure during outages",
                "- [ ] Log retention too short",
                "- Old TLS ciphers - Resolved"));

    assertThat(review.findings())
        .extracting(Finding::priority, Finding::status)
        .containsExactly(
            tuple(Priority.CRITICAL, FindingStatus.ACCEPTED),
            tuple(Priority.HIGH, FindingStatus.RESOLVED),
            tuple(Priority.MEDIUM, FindingStatus.RESOLVED),
            tuple(Priority.MEDIUM, FindingStatus.OPEN),
            tuple(Priority.MEDIUM, FindingStatus.RESOLVED));
  }

  @Test
  void priorityColumn() {
    Review review =
        read(
            lines(
                "## Findings",
                "",
                "| ID | Issue | Severity | Team |",
                "|---|---|---|---|",
                "| Z-01 | Replay job not load tested | Medium | Inventory |",
                "| Z-02 | Manual repair not documented | Low | SRE |"));

    assertThat(review.findings())
        .extracting(Finding::title, Finding::priority, Finding::line)
        .containsExactly(
            tuple("Replay job not load tested", Priority.MEDIUM, 5),
            tuple("Manual repair not documented", Priority.LOW, 6));
  }

  @Test
  void pNumberHeadings() {
    Review review =
        read(
            lines(
                "## Issues",
                "",
                "### P0",
                "",
                "- Tokens never expire",
                "",
                "### P1 - Fix before launch",
                "",
                "- No rate limit",
                "",
                "### P2",
                "",
                "- Verbose errors",
                "",
                "### P3",
                "",
                "- Typos in the runbook"));

    assertThat(review.findings())
        .extracting(Finding::priority)
        .containsExactly(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW);
  }

  @Test
  void priorityColumnInFrench() {
    Review review =
        read(
            lines(
                "## Risques",
                "",
                "| Problème | Gravité |",
                "|---|---|",
                "| Sauvegardes non testées | Élevée - à corriger avant le lancement |",
                "| Journal trop court | Faible |"));

    assertThat(review.findings())
        .extracting(Finding::title, Finding::priority)
        .containsExactly(
            tuple("Sauvegardes non testées", Priority.HIGH),
            tuple("Journal trop court", Priority.LOW));
  }

  @Test
  void tableUnderPriorityHeading() {
    Review review =
        read(
            lines(
                "## Findings",
                "",
                "### High",
                "",
                "| ID | Issue |",
                "|---|---|",
                "| F-1 | Admin sessions never expire |"));

    assertThat(review.findings())
        .extracting(Finding::title, Finding::priority)
        .containsExactly(tuple("Admin sessions never expire", Priority.HIGH));
  }
}
