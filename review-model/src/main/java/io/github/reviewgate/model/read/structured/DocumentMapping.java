package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOff;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the model to the records a YAML or JSON file is written from. */
final class DocumentMapping {

  private DocumentMapping() {}

  static ReviewDocument document(Review review) {
    return new ReviewDocument(
        review.title().orElse(null),
        review.subject().orElse(null),
        review.reviewDate().orElse(null),
        review.status().orElse(null),
        metadata(review.metadata()),
        review.overallScore().orElse(null),
        review.riskLevel().orElse(null),
        review.sections().stream().map(DocumentMapping::section).toList(),
        review.findings().stream().map(DocumentMapping::finding).toList(),
        review.actions().stream().map(DocumentMapping::action).toList(),
        signOff(review.signOff()));
  }

  /** Keeps the first value of a key that the review states more than once. */
  private static Map<String, String> metadata(List<Field> fields) {
    Map<String, String> metadata = new LinkedHashMap<>();
    fields.forEach(field -> metadata.putIfAbsent(field.key(), field.value()));
    return metadata;
  }

  private static SectionEntry section(Section section) {
    return new SectionEntry(
        section.title(),
        section.number().orElse(null),
        section.status() == SectionStatus.NONE ? null : section.status(),
        section.declaredScore().orElse(null),
        section.weight().compareTo(BigDecimal.ONE) == 0 ? null : section.weight(),
        section.items().stream().map(DocumentMapping::item).toList());
  }

  private static ItemEntry item(ChecklistItem item) {
    return new ItemEntry(
        item.label().orElse(null),
        item.text(),
        item.state(),
        item.details(),
        item.subItems().stream().map(DocumentMapping::item).toList());
  }

  private static FindingEntry finding(Finding finding) {
    return new FindingEntry(
        finding.title(), finding.priority(), finding.status(), finding.due().orElse(null));
  }

  private static ActionEntry action(ActionItem action) {
    return new ActionEntry(
        action.text(),
        action.done(),
        action.withinDays().map(TimeSpan::ofDays).orElse(null),
        action.dueDate().orElse(null));
  }

  private static SignOffEntry signOff(SignOff signOff) {
    if (signOff.equals(SignOff.NONE)) {
      return null;
    }
    return new SignOffEntry(
        signOff.status().orElse(null),
        signOff.reviewers(),
        signOff.date().orElse(null),
        signOff.nextReview().map(NextReview::text).orElse(null),
        signOff.conditions());
  }
}
