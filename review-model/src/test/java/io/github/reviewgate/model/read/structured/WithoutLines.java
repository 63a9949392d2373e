package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies of reviews with every line set to 0, one fixed source and no notices, so that reviews read
 * from different files compare equal when their content is equal.
 */
final class WithoutLines {

  private static final SourceFile SOURCE = new SourceFile(Path.of("review"), ReviewFormat.YAML);

  private WithoutLines() {}

  static Review of(Review review) {
    return copy(review, false);
  }

  /**
   * Also sets every item's marker to its state word and every metadata field's raw text to its
   * value, because the YAML and JSON form keeps neither, so that a review read from Markdown
   * compares with its YAML or JSON copy.
   */
  static Review ofMarkdown(Review review) {
    return copy(review, true);
  }

  private static Review copy(Review review, boolean forMarkdown) {
    return new Review(
        review.title(),
        review.subject(),
        review.metadata().stream()
            .map(f -> new Field(f.key(), f.value(), forMarkdown ? f.value() : f.raw(), 0))
            .toList(),
        review.reviewDate(),
        0,
        review.status(),
        review.sections().stream().map(s -> section(s, forMarkdown)).toList(),
        review.findings().stream()
            .map(f -> new Finding(f.title(), f.priority(), f.status(), f.due(), 0))
            .toList(),
        review.actions().stream()
            .map(a -> new ActionItem(a.text(), a.done(), a.withinDays(), a.dueDate(), 0))
            .toList(),
        signOff(review.signOff()),
        review.overallScore(),
        0,
        review.riskLevel(),
        SOURCE,
        List.of());
  }

  private static Section section(Section s, boolean forMarkdown) {
    return new Section(
        s.title(),
        s.number(),
        s.status(),
        s.items().stream().map(i -> item(i, forMarkdown)).toList(),
        s.declaredScore(),
        0,
        s.weight(),
        0);
  }

  private static ChecklistItem item(ChecklistItem i, boolean forMarkdown) {
    return new ChecklistItem(
        i.label(),
        i.text(),
        i.state(),
        forMarkdown ? EnumWords.word(i.state()) : i.marker(),
        i.details(),
        i.subItems().stream().map(sub -> item(sub, forMarkdown)).toList(),
        0);
  }

  private static SignOff signOff(SignOff s) {
    return new SignOff(
        s.status(),
        0,
        s.reviewers(),
        s.date(),
        0,
        s.nextReview().map(n -> new NextReview(n.text(), n.date(), 0)),
        s.conditions());
  }
}
