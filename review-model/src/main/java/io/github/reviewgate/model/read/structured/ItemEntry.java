package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.ItemState;
import java.util.List;

/** One checklist item of a YAML or JSON review, as written; {@code items} are its sub-items. */
record ItemEntry(
    String label, String text, ItemState state, List<String> details, List<ItemEntry> items) {}
