package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.SignOffStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The top level of a YAML or JSON review, as written. Absent fields are null; the mapping to the
 * model supplies defaults and checks required fields.
 */
record ReviewDocument(
    String title,
    String subject,
    LocalDate date,
    SignOffStatus status,
    Map<String, String> metadata,
    Score overallScore,
    String riskLevel,
    List<SectionEntry> sections,
    List<FindingEntry> findings,
    List<ActionEntry> actions,
    SignOffEntry signOff) {}
