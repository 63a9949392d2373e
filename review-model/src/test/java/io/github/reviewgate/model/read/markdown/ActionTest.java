package io.github.reviewgate.model.read.markdown;

import static io.github.reviewgate.model.read.markdown.TestReviews.lines;
import static io.github.reviewgate.model.read.markdown.TestReviews.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.Review;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Within 24 Hours; 1",
        "Within 30 Days; 30",
        "Immediate (0-7 Days); 7",
        "Within 2 Weeks; 14",
        "Within 3 Months; 90",
        "Innerhalb von 30 Tagen; 30",
        "Sous 7 jours; 7",
        "30日以内; 30",
      })
  void windowForms(String heading, int days) {
    Review review =
        read(lines("## Post-Deployment", "", "### " + heading, "", "- [ ] Rotate the keys"));

    assertThat(review.actions())
        .extracting(ActionItem::withinDays)
        .containsExactly(Optional.of(days));
  }

  @Test
  void nextStepsPart() {
    Review review =
        read(
            lines(
                "## Next Steps", "", "- [ ] Book the penetration test", "- [x] Share the report"));

    assertThat(review.actions())
        .extracting(ActionItem::text, ActionItem::done)
        .containsExactly(
            tuple("Book the penetration test", false), tuple("Share the report", true));
    assertThat(review.sections()).isEmpty();
  }

  @Test
  void plainBulletsAreNoActions() {
    Review review = read(lines("## Follow-up", "", "- Core security is solid"));

    assertThat(review.actions()).isEmpty();
  }
}
