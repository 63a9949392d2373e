package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.ReviewReadException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the records read from a YAML or JSON file to the model: checks required fields, supplies
 * defaults and attaches source lines.
 */
final class ReviewMapping {

  private final SourceFile source;
  private final SourceLines lines;
  private final List<ReaderNotice> notices = new ArrayList<>();

  ReviewMapping(SourceFile source, SourceLines lines) {
    this.source = source;
    this.lines = lines;
  }

  Review review(ReviewDocument document) throws ReviewReadException {
    SignOff signOff = signOff(document);
    boolean signOffDated = signOff.date().isPresent() && document.signOff() != null;
    Optional<LocalDate> reviewDate =
        signOffDated ? signOff.date() : Optional.ofNullable(document.date());
    int reviewDateLine = signOffDated ? signOff.dateLine() : lineOf(reviewDate, "date");
    signOff = withNextReview(signOff, document.signOff(), reviewDate);
    return new Review(
        Optional.ofNullable(document.title()),
        Optional.ofNullable(document.subject()),
        metadata(document.metadata()),
        reviewDate,
        reviewDateLine,
        Optional.ofNullable(document.status()),
        sections(list(document.sections())),
        findings(list(document.findings())),
        actions(list(document.actions())),
        signOff,
        Optional.ofNullable(document.overallScore()),
        lineOf(Optional.ofNullable(document.overallScore()), "overallScore"),
        Optional.ofNullable(document.riskLevel()),
        source,
        notices);
  }

  private List<Field> metadata(Map<String, String> metadata) {
    List<Field> fields = new ArrayList<>();
    if (metadata != null) {
      metadata.forEach(
          (key, value) -> {
            String text = value == null ? "" : value;
            fields.add(new Field(key, text, text, lines.of("metadata." + key)));
          });
    }
    return fields;
  }

  private List<Section> sections(List<SectionEntry> entries) throws ReviewReadException {
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      SectionEntry entry = entries.get(i);
      String path = "sections[" + i + "]";
      require(entry.title(), path, "title", "every section needs a title");
      sections.add(
          new Section(
              entry.title(),
              Optional.ofNullable(entry.number()),
              entry.status() == null ? SectionStatus.NONE : entry.status(),
              items(list(entry.items()), path),
              Optional.ofNullable(entry.score()),
              entry.score() == null ? 0 : lines.of(path + ".score"),
              entry.weight() == null ? BigDecimal.ONE : entry.weight(),
              lines.of(path)));
    }
    return sections;
  }

  private List<ChecklistItem> items(List<ItemEntry> entries, String parent)
      throws ReviewReadException {
    List<ChecklistItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ItemEntry entry = entries.get(i);
      String path = parent + ".items[" + i + "]";
      require(entry.state(), path, "state", "expected one of " + EnumWords.list(ItemState.class));
      if (entry.label() == null && entry.text() == null) {
        throw missing(path, "text", "an item needs a text, a label or both");
      }
      items.add(
          new ChecklistItem(
              Optional.ofNullable(entry.label()),
              entry.text() == null ? "" : entry.text(),
              entry.state(),
              EnumWords.word(entry.state()),
              list(entry.details()),
              items(list(entry.items()), path),
              lines.of(path)));
    }
    return items;
  }

  private List<Finding> findings(List<FindingEntry> entries) throws ReviewReadException {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      FindingEntry entry = entries.get(i);
      String path = "findings[" + i + "]";
      require(entry.title(), path, "title", "every finding needs a title");
      require(
          entry.priority(), path, "priority", "expected one of " + EnumWords.list(Priority.class));
      findings.add(
          new Finding(
              entry.title(),
              entry.priority(),
              entry.status() == null ? FindingStatus.OPEN : entry.status(),
              Optional.ofNullable(entry.due()),
              lines.of(path)));
    }
    return findings;
  }

  private List<ActionItem> actions(List<ActionEntry> entries) throws ReviewReadException {
    List<ActionItem> actions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ActionEntry entry = entries.get(i);
      String path = "actions[" + i + "]";
      require(entry.text(), path, "text", "every action needs a text");
      actions.add(
          new ActionItem(
              entry.text(),
              Boolean.TRUE.equals(entry.done()),
              Optional.ofNullable(entry.within()).map(TimeSpan::days),
              Optional.ofNullable(entry.due()),
              lines.of(path)));
    }
    return actions;
  }

  /** Returns the sign-off; without a sign-off part the header's status and date stand in. */
  private SignOff signOff(ReviewDocument document) {
    SignOffEntry entry = document.signOff();
    if (entry == null) {
      return new SignOff(
          Optional.ofNullable(document.status()),
          document.status() == null ? 0 : lines.of("status"),
          List.of(),
          Optional.ofNullable(document.date()),
          document.date() == null ? 0 : lines.of("date"),
          Optional.empty(),
          List.of());
    }
    return new SignOff(
        Optional.ofNullable(entry.status()),
        entry.status() == null ? 0 : lines.of("signOff.status"),
        list(entry.reviewers()),
        Optional.ofNullable(entry.date()),
        entry.date() == null ? 0 : lines.of("signOff.date"),
        Optional.empty(),
        list(entry.conditions()));
  }

  private SignOff withNextReview(
      SignOff signOff, SignOffEntry entry, Optional<LocalDate> reviewDate) {
    if (entry == null || entry.nextReview() == null) {
      return signOff;
    }
    int line = lines.of("signOff.nextReview");
    Optional<LocalDate> date = NextReviewText.resolve(entry.nextReview(), reviewDate);
    if (date.isEmpty()) {
      notices.add(
          ReaderNotice.warning(
              line,
              "signOff.nextReview "
                  + TokenText.quote(entry.nextReview())
                  + " is neither a date nor a period after the review date, so only the maximum"
                  + " review age applies; write a date such as 2026-06-08 or a period such as 90"
                  + " days"));
    }
    return new SignOff(
        signOff.status(),
        signOff.statusLine(),
        signOff.reviewers(),
        signOff.date(),
        signOff.dateLine(),
        Optional.of(new NextReview(entry.nextReview(), date, line)),
        signOff.conditions());
  }

  private int lineOf(Optional<?> value, String path) {
    return value.isPresent() ? lines.of(path) : 0;
  }

  private void require(Object value, String path, String field, String hint)
      throws ReviewReadException {
    if (value == null) {
      throw missing(path, field, hint);
    }
  }

  private ReviewReadException missing(String path, String field, String hint) {
    return ReadErrors.at(source, path + "." + field, lines.of(path), "missing; " + hint, null);
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
