package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.Priority;
import java.time.LocalDate;

/** One finding of a YAML or JSON review, as written. */
record FindingEntry(String title, Priority priority, FindingStatus status, LocalDate due) {}
