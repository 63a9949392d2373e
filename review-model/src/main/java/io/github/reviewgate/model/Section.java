package io.github.reviewgate.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checklist section: a heading whose own content has checklist items.
 *
 * @param title the heading text with numbering and status marks stripped
 * @param number the heading's numbering, such as "3", if any
 * @param status the status mark the heading declares
 * @param items the section's checklist items
 * @param declaredScore the score the section declares, if any
 * @param scoreLine the 1-based line of the declared score, or 0 when there is none
 * @param weight the section's weight in the overall score, 1 unless the review sets one
 * @param line the 1-based line of the heading, or 0 when unknown
 */
public record Section(
    String title,
    Optional<String> number,
    SectionStatus status,
    List<ChecklistItem> items,
    Optional<Score> declaredScore,
    int scoreLine,
    BigDecimal weight,
    int line) {

  public Section {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(status, "status");
    items = List.copyOf(items);
    Objects.requireNonNull(declaredScore, "declaredScore");
    Objects.requireNonNull(weight, "weight");
  }

  /** Counts this section's items, sub-items included. */
  public ItemCounts counts() {
    return ItemCounts.of(items);
  }
}
