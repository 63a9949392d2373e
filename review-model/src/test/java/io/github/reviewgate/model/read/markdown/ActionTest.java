package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.Review;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads action items under time-window headings and follow-up parts. */
class ActionTest {

  @Test
  void timeWindows() {
    Review review =
        read(
            lines(
                "## Post-Deployment Actions",
                "",
                "### Immediate (Within 24 Hours)",
                "",
                "- [x] Confirm the drift alert fires",
                "",
                "### Short-Term (Within 30 Days)",
                "",
                "- [ ] Forward audit events"));

    assertThat(review.actions())
        .extracting(ActionItem::text, ActionItem::done, ActionItem::withinDays, ActionItem::line)
        .containsExactly(
            tuple("Confirm the drift alert fires", true, Optional.of(1), 5),
            tuple("Forward audit events", false, Optional.of(30), 9));
    assertThat(review.sections()).isEmpty();
  }

  @Test
  void windowOutsideActionsPart() {
    Review review = read(lines("## Within 90 Days", "", "- [ ] Repeat the failover drill"));

    assertThat(review.actions())
        .extracting(ActionItem::withinDays)
        .containsExactly(Optional.of(90));
    assertThat(review.sections()).isEmpty();
  }

  @Test
  void followUpPartWithoutWindow() {
    Review review = read(lines("## Follow-up", "", "- [ ] Book the penetration test"));

    assertThat(review.actions())
        .extracting(ActionItem::text, ActionItem::withinDays)
        .containsExactly(tuple("Book the penetration test", Optional.empty()));
  }

  @Test
  void plainBulletsAreNoActions() {
    Review review = read(lines("## Follow-up", "", "- Core security is solid"));

    assertThat(review.actions()).isEmpty();
  }
}
