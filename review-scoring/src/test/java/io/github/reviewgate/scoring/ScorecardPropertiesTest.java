package io.github.reviewgate.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the scorecard over reviews generated from a fixed seed. */
class ScorecardPropertiesTest {

  private static final int RUNS = 2000;
  private static final ItemState[] STATES = ItemState.values();

  @Test
  void checkingItemNeverLowersScore() {
    Random random = new Random(20260208L);
    for (int run = 0; run < RUNS; run++) {
      List<Section> sections = sections(random);
      ScoreSource source = ScoreSource.values()[random.nextInt(ScoreSource.values().length)];
      ScoringPolicy policy = new ScoringPolicy(source, Map.of());
      int sectionIndex = random.nextInt(sections.size());
      Section before = sections.get(sectionIndex);
      int itemCount = count(before.items());
      int target = random.nextInt(itemCount);

      List<Section> changed = new ArrayList<>(sections);
      changed.set(sectionIndex, withItems(before, check(before.items(), new int[] {target})));
      Scorecard was = Scorecard.of(review(sections), policy);
      Scorecard now = Scorecard.of(review(changed), policy);

      String context = "run " + run + ", section " + sectionIndex + ", item " + target;
      Optional<BigDecimal> computedBefore = was.sections().get(sectionIndex).computed();
      Optional<BigDecimal> computedAfter = now.sections().get(sectionIndex).computed();
      if (computedBefore.isPresent()) {
        assertThat(computedAfter.orElseThrow())
            .as(context)
            .isGreaterThanOrEqualTo(computedBefore.get());
      }
      if (was.overall().isPresent()) {
        assertThat(now.overall()).as(context).isPresent();
        assertThat(now.overall().get()).as(context).isGreaterThanOrEqualTo(was.overall().get());
      }
    }
  }

  private static Review review(List<Section> sections) {
    ReviewBuilder builder = ReviewBuilder.review();
    sections.forEach(builder::section);
    return builder.build();
  }

  private static List<Section> sections(Random random) {
    List<Section> sections = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      Optional<io.github.reviewgate.model.Score> declared =
          random.nextBoolean()
              ? ReviewBuilder.score(random.nextInt(21) * 5 + "/100")
              : Optional.empty();
      sections.add(
          ReviewBuilder.section(
              "Section " + i, i * 100, declared, 0, items(random, 1 + random.nextInt(8), true)));
    }
    return sections;
  }

  private static ChecklistItem[] items(Random random, int count, boolean nest) {
    ChecklistItem[] items = new ChecklistItem[count];
    for (int i = 0; i < count; i++) {
      ItemState state = STATES[random.nextInt(STATES.length)];
      ChecklistItem item = ChecklistItem.of("item " + i, state, state.name(), i + 1);
      if (nest && random.nextInt(5) == 0) {
        item = ReviewBuilder.withSubItems(item, items(random, 1 + random.nextInt(3), false));
      }
      items[i] = item;
    }
    return items;
  }

  private static int count(List<ChecklistItem> items) {
    int count = 0;
    for (ChecklistItem item : items) {
      count += 1 + count(item.subItems());
    }
    return count;
  }

  /**
   * Returns the items with the one at depth-first position {@code target[0]} improved by one step:
   * not done becomes partial or done, partial becomes done.
   */
  private static List<ChecklistItem> check(List<ChecklistItem> items, int[] target) {
    List<ChecklistItem> result = new ArrayList<>();
    for (ChecklistItem item : items) {
      boolean hit = target[0] == 0;
      target[0]--;
      List<ChecklistItem> subItems = check(item.subItems(), target);
      ItemState state = hit ? improved(item.state()) : item.state();
      result.add(
          new ChecklistItem(
              item.label(),
              item.text(),
              state,
              item.marker(),
              item.details(),
              subItems,
              item.line()));
    }
    return result;
  }

  private static ItemState improved(ItemState state) {
    return switch (state) {
      case NOT_DONE -> ItemState.PARTIAL;
      case PARTIAL, DONE -> ItemState.DONE;
      case NOT_APPLICABLE -> ItemState.NOT_APPLICABLE;
    };
  }

  private static Section withItems(Section section, List<ChecklistItem> items) {
    return new Section(
        section.title(),
        section.number(),
        section.status(),
        items,
        section.declaredScore(),
        section.scoreLine(),
        section.weight(),
        section.line());
  }
}
