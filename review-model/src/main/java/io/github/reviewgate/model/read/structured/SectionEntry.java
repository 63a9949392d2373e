package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.SectionStatus;
import java.math.BigDecimal;
import java.util.List;

/** One checklist section of a YAML or JSON review, as written. */
record SectionEntry(
    String title,
    String number,
    SectionStatus status,
    Score score,
    BigDecimal weight,
    List<ItemEntry> items) {}
