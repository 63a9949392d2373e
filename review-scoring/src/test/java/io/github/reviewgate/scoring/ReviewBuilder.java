package io.github.reviewgate.scoring;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SectionStatus;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.SourceFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link Review} records in tests, with the parts a gate rule looks at. */
public final class ReviewBuilder {

  private Path path = Path.of("REVIEW.md");
  private Optional<LocalDate> reviewDate = Optional.empty();
  private int reviewDateLine;
  private final List<Section> sections = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<ActionItem> actions = new ArrayList<>();
  private Optional<SignOffStatus> status = Optional.empty();
  private int statusLine;
  private List<String> conditions = List.of();
  private Optional<NextReview> nextReview = Optional.empty();
  private Optional<Score> overallScore = Optional.empty();
  private int overallScoreLine;
  private final List<ReaderNotice> notices = new ArrayList<>();

  public static ReviewBuilder review() {
    return new ReviewBuilder();
  }

  /** Returns a review dated {@code date} on line 3, approved on line 4, with one section at 8. */
  public static ReviewBuilder approved(LocalDate date) {
    return review()
        .date(date, 3)
        .signOff(SignOffStatus.APPROVED, 4)
        .section(section("Access Control", 10, score("8/10"), 14, done(11), done(12)));
  }

  public ReviewBuilder path(Path value) {
    path = value;
    return this;
  }

  public ReviewBuilder date(LocalDate value, int line) {
    reviewDate = Optional.of(value);
    reviewDateLine = line;
    return this;
  }

  public ReviewBuilder noDate() {
    reviewDate = Optional.empty();
    reviewDateLine = 0;
    return this;
  }

  public ReviewBuilder nextReview(LocalDate value, int line) {
    nextReview = Optional.of(new NextReview(value.toString(), Optional.of(value), line));
    return this;
  }

  public ReviewBuilder signOff(SignOffStatus value, int line) {
    status = Optional.of(value);
    statusLine = line;
    return this;
  }

  public ReviewBuilder noSignOff() {
    status = Optional.empty();
    statusLine = 0;
    return this;
  }

  public ReviewBuilder conditions(String... values) {
    conditions = List.of(values);
    return this;
  }

  public ReviewBuilder overall(String score, int line) {
    overallScore = score(score);
    overallScoreLine = line;
    return this;
  }

  public ReviewBuilder section(Section section) {
    sections.add(section);
    return this;
  }

  public ReviewBuilder clearSections() {
    sections.clear();
    return this;
  }

  public ReviewBuilder finding(String title, Priority priority, FindingStatus status, int line) {
    findings.add(new Finding(title, priority, status, Optional.empty(), line));
    return this;
  }

  public ReviewBuilder action(String text, boolean done, int withinDays, int line) {
    actions.add(new ActionItem(text, done, Optional.of(withinDays), Optional.empty(), line));
    return this;
  }

  public ReviewBuilder actionDue(String text, boolean done, LocalDate due, int line) {
    actions.add(new ActionItem(text, done, Optional.empty(), Optional.of(due), line));
    return this;
  }

  public ReviewBuilder notice(ReaderNotice notice) {
    notices.add(notice);
    return this;
  }

  public Review build() {
    SignOff signOff =
        new SignOff(
            status,
            statusLine,
            List.of("Platform Security Lead"),
            reviewDate,
            reviewDateLine,
            nextReview,
            conditions);
    return new Review(
        Optional.of("Ledger Sync Service - Security Review"),
        Optional.empty(),
        List.of(),
        reviewDate,
        reviewDateLine,
        status,
        sections,
        findings,
        actions,
        signOff,
        overallScore,
        overallScoreLine,
        Optional.empty(),
        new SourceFile(path, ReviewFormat.MARKDOWN),
        notices);
  }

  /** Returns a section with weight 1, no number and no status mark. */
  public static Section section(
      String title, int line, Optional<Score> declared, int scoreLine, ChecklistItem... items) {
    return new Section(
        title,
        Optional.empty(),
        SectionStatus.NONE,
        List.of(items),
        declared,
        scoreLine,
        BigDecimal.ONE,
        line);
  }

  /** Returns a section with no declared score. */
  public static Section section(String title, int line, ChecklistItem... items) {
    return section(title, line, Optional.empty(), 0, items);
  }

  public static Section weighted(Section section, String weight) {
    return new Section(
        section.title(),
        section.number(),
        section.status(),
        section.items(),
        section.declaredScore(),
        section.scoreLine(),
        new BigDecimal(weight),
        section.line());
  }

  /** Parses {@code 9.5/10} or {@code 85%}. */
  public static Optional<Score> score(String text) {
    if (text.endsWith("%")) {
      return Optional.of(
          new Score(
              new BigDecimal(text.substring(0, text.length() - 1)), BigDecimal.valueOf(100), text));
    }
    String[] parts = text.split("/");
    return Optional.of(new Score(new BigDecimal(parts[0]), new BigDecimal(parts[1]), text));
  }

  public static ChecklistItem done(int line) {
    return ChecklistItem.of("item on line " + line, ItemState.DONE, "[x]", line);
  }

  public static ChecklistItem notDone(int line) {
    return ChecklistItem.of("item on line " + line, ItemState.NOT_DONE, "[ ]", line);
  }

  public static ChecklistItem partial(int line) {
    return ChecklistItem.of("item on line " + line, ItemState.PARTIAL, "PARTIAL", line);
  }

  public static ChecklistItem notApplicable(int line) {
    return ChecklistItem.of("item on line " + line, ItemState.NOT_APPLICABLE, "N/A", line);
  }

  /** Returns {@code parent} with {@code subItems} nested under it. */
  public static ChecklistItem withSubItems(ChecklistItem parent, ChecklistItem... subItems) {
    return new ChecklistItem(
        parent.label(),
        parent.text(),
        parent.state(),
        parent.marker(),
        parent.details(),
        List.of(subItems),
        parent.line());
  }
}
