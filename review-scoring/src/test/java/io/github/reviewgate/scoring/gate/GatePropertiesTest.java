package io.github.reviewgate.scoring.gate;

import static io.github.reviewgate.scoring.gate.PolicyBuilder.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.scoring.ReviewBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Worsening one input of a review never improves the verdict, over reviews generated from a fixed
 * seed.
 *
 * <p>The policy turns score-inconsistent off, because lowering a declared score towards what its
 * items give rightly clears that warning. It keeps requireApproval on, because without it a pending
 * sign-off raises nothing while a conditional one warns.
 */
class GatePropertiesTest {

  private static final int RUNS = 2000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final SignOffStatus[] STATUSES = SignOffStatus.values();

  @Test
  void olderDateNeverImproves() {
    check(
        12L,
        (spec, random) -> {
          Spec worse = spec.copy();
          worse.reviewDate = spec.reviewDate.minusDays(1 + random.nextInt(100));
          return worse;
        });
  }

  @Test
  void lowerDeclaredScoreNeverImproves() {
    check(
        34L,
        (spec, random) -> {
          Spec worse = spec.copy();
          int index = random.nextInt(worse.declared.size());
          worse.declared.set(
              index, worse.declared.get(index).map(halves -> random.nextInt(halves + 1)));
          return worse;
        });
  }

  @Test
  void worseSignOffNeverImproves() {
    check(
        56L,
        (spec, random) -> {
          Spec worse = spec.copy();
          if (worse.status.isEmpty()) {
            return worse;
          }
          int from = worse.status.get().ordinal();
          int to = from + random.nextInt(STATUSES.length - from);
          worse.status = Optional.of(STATUSES[to]);
          return worse;
        });
  }

  @Test
  void extraOpenFindingNeverImproves() {
    check(
        78L,
        (spec, random) -> {
          Spec worse = spec.copy();
          worse.findings.add(Priority.values()[random.nextInt(Priority.values().length)]);
          return worse;
        });
  }

  private interface Worsening {
    Spec apply(Spec spec, Random random);
  }

  private static void check(long seed, Worsening worsening) {
    Random random = new Random(seed);
    int worsened = 0;
    for (int run = 0; run < RUNS; run++) {
      Spec spec = Spec.random(random);
      GatePolicy gatePolicy = randomPolicy(random);
      Spec worse = worsening.apply(spec, random);

      Verdict before = new ReviewGate(gatePolicy).evaluate(spec.build(), AS_OF).verdict();
      Verdict after = new ReviewGate(gatePolicy).evaluate(worse.build(), AS_OF).verdict();

      assertThat(after)
          .as("seed %d, run %d: %s became %s", seed, run, spec, worse)
          .isGreaterThanOrEqualTo(before);
      if (after != before) {
        worsened++;
      }
    }
    // Guards the generator: runs where nothing could change would prove nothing.
    assertThat(worsened).as("runs whose verdict got worse").isPositive();
  }

  private static GatePolicy randomPolicy(Random random) {
    PolicyBuilder builder =
        policy()
            .severity(RuleIds.SCORE_INCONSISTENT, Severity.OFF)
            .minScore(String.valueOf(4 + random.nextInt(6)))
            .failOnPriority(
                random.nextInt(4) == 0
                    ? Optional.empty()
                    : Optional.of(Priority.values()[random.nextInt(Priority.values().length)]));
    if (random.nextBoolean()) {
      builder.minSectionScore(String.valueOf(3 + random.nextInt(6)));
    }
    return builder.build();
  }

  /** The inputs of a generated review, so that one of them can be worsened. */
  private static final class Spec {
    LocalDate reviewDate;
    Optional<LocalDate> nextReview = Optional.empty();
    Optional<SignOffStatus> status = Optional.empty();

    /** Each section's declared score in half points, if it declares one. */
    List<Optional<Integer>> declared = new ArrayList<>();

    List<List<ItemState>> items = new ArrayList<>();
    List<Priority> findings = new ArrayList<>();
    List<Integer> actionDays = new ArrayList<>();

    static Spec random(Random random) {
      Spec spec = new Spec();
      spec.reviewDate = AS_OF.minusDays(random.nextInt(200));
      if (random.nextBoolean()) {
        spec.nextReview = Optional.of(spec.reviewDate.plusDays(random.nextInt(200)));
      }
      if (random.nextInt(6) > 0) {
        spec.status = Optional.of(STATUSES[random.nextInt(STATUSES.length)]);
      }
      int sections = 1 + random.nextInt(4);
      for (int i = 0; i < sections; i++) {
        spec.declared.add(
            random.nextBoolean() ? Optional.of(random.nextInt(21)) : Optional.empty());
        List<ItemState> states = new ArrayList<>();
        int count = random.nextInt(6);
        for (int j = 0; j < count; j++) {
          states.add(ItemState.values()[random.nextInt(ItemState.values().length)]);
        }
        spec.items.add(states);
      }
      int findings = random.nextInt(3);
      for (int i = 0; i < findings; i++) {
        spec.findings.add(Priority.values()[random.nextInt(Priority.values().length)]);
      }
      int actions = random.nextInt(3);
      for (int i = 0; i < actions; i++) {
        spec.actionDays.add(1 + random.nextInt(120));
      }
      return spec;
    }

    Spec copy() {
      Spec copy = new Spec();
      copy.reviewDate = reviewDate;
      copy.nextReview = nextReview;
      copy.status = status;
      copy.declared = new ArrayList<>(declared);
      copy.items = new ArrayList<>(items);
      copy.findings = new ArrayList<>(findings);
      copy.actionDays = new ArrayList<>(actionDays);
      return copy;
    }

    Review build() {
      ReviewBuilder builder = ReviewBuilder.review().date(reviewDate, 3);
      nextReview.ifPresent(date -> builder.nextReview(date, 5));
      status.ifPresent(value -> builder.signOff(value, 4));
      for (int i = 0; i < declared.size(); i++) {
        Optional<io.github.reviewgate.model.Score> score =
            declared.get(i).flatMap(halves -> ReviewBuilder.score(halves * 5 + "/100"));
        List<ItemState> states = items.get(i);
        ChecklistItem[] checklist = new ChecklistItem[states.size()];
        for (int j = 0; j < states.size(); j++) {
          checklist[j] = ChecklistItem.of("item", states.get(j), "", 100 * i + j + 11);
        }
        builder.section(ReviewBuilder.section("Section " + i, 100 * i + 10, score, 0, checklist));
      }
      for (int i = 0; i < findings.size(); i++) {
        builder.finding("Finding " + i, findings.get(i), FindingStatus.OPEN, 1000 + i);
      }
      for (int i = 0; i < actionDays.size(); i++) {
        builder.action("Action " + i, false, actionDays.get(i), 2000 + i);
      }
      return builder.build();
    }

    @Override
    public String toString() {
      return "review of "
          + reviewDate
          + ", next "
          + nextReview
          + ", "
          + status
          + ", declared "
          + declared
          + ", items "
          + items
          + ", findings "
          + findings;
    }
  }
}
