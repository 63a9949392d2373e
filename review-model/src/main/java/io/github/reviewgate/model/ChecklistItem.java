package io.github.reviewgate.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a checklist, such as {@code - [x] **TLS Encryption**: All calls use TLS 1.2+}.
 *
 * @param label the bold lead-in, if any
 * @param text the item's text after the label, cleaned of markup
 * @param state the item's state
 * @param marker the raw marker the state was read from, such as {@code [x]}, {@code PASS} or ✅
 * @param details nested bullets that describe the item without being items themselves
 * @param subItems nested checklist items, which count on their own
 * @param line the 1-based source line, or 0 when unknown
 */
public record ChecklistItem(
    Optional<String> label,
    String text,
    ItemState state,
    String marker,
    List<String> details,
    List<ChecklistItem> subItems,
    int line) {

  public ChecklistItem {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(marker, "marker");
    details = List.copyOf(details);
    subItems = List.copyOf(subItems);
  }

  /** Creates an item with no label, details or sub-items. */
  public static ChecklistItem of(String text, ItemState state, String marker, int line) {
    return new ChecklistItem(Optional.empty(), text, state, marker, List.of(), List.of(), line);
  }
}
