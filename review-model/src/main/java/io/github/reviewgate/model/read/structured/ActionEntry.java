package io.github.reviewgate.model.read.structured;

import java.time.LocalDate;

/** One action item of a YAML or JSON review, as written. */
record ActionEntry(String text, Boolean done, TimeSpan within, LocalDate due) {}
