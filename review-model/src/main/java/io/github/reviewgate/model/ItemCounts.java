package io.github.reviewgate.model;

import java.util.List;

/**
 * How many checklist items are in each state.
 *
 * @param done items done
 * @param notDone items not done
 * @param partial items partly done
 * @param notApplicable items that do not apply
 */
public record ItemCounts(int done, int notDone, int partial, int notApplicable) {

  public static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0);

  /** Counts the items and, recursively, their sub-items. */
  public static ItemCounts of(List<ChecklistItem> items) {
    ItemCounts counts = NONE;
    for (ChecklistItem item : items) {
      counts = counts.plus(item.state()).plus(of(item.subItems()));
    }
    return counts;
  }

  /** Returns these counts with one more item in {@code state}. */
  public ItemCounts plus(ItemState state) {
    return switch (state) {
      case DONE -> new ItemCounts(done + 1, notDone, partial, notApplicable);
      case NOT_DONE -> new ItemCounts(done, notDone + 1, partial, notApplicable);
      case PARTIAL -> new ItemCounts(done, notDone, partial + 1, notApplicable);
      case NOT_APPLICABLE -> new ItemCounts(done, notDone, partial, notApplicable + 1);
    };
  }

  /** Returns the sum of these counts and {@code other}. */
  public ItemCounts plus(ItemCounts other) {
    return new ItemCounts(
        done + other.done,
        notDone + other.notDone,
        partial + other.partial,
        notApplicable + other.notApplicable);
  }

  /** Returns the number of items that count towards a score: all but the not applicable ones. */
  public int countable() {
    return done + notDone + partial;
  }

  /** Returns the number of items in every state. */
  public int total() {
    return countable() + notApplicable;
  }
}
