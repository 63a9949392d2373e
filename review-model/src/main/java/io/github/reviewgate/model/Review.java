package io.github.reviewgate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A review document as read from its file.
 *
 * @param title the first level-1 heading, else the front matter's title, else empty
 * @param subject what was reviewed, when the review names it
 * @param metadata the header's key/value pairs, in document order
 * @param reviewDate the sign-off date when there is one, else the header date, else empty
 * @param reviewDateLine the 1-based line of the review date, or 0 when there is none
 * @param status the status the header states, if any
 * @param sections the checklist sections, scored or not, in document order
 * @param findings the findings, issues and risks
 * @param actions the follow-up action items
 * @param signOff the sign-off; {@link SignOff#NONE} when the review states none
 * @param overallScore the overall score the review declares, if any
 * @param overallScoreLine the 1-based line of that score, or 0 when there is none
 * @param riskLevel the overall risk level the review declares, such as "LOW", if any
 * @param source the file the review was read from
 * @param notices what the reader noticed, in line order
 */
public record Review(
    Optional<String> title,
    Optional<String> subject,
    List<Field> metadata,
    Optional<LocalDate> reviewDate,
    int reviewDateLine,
    Optional<SignOffStatus> status,
    List<Section> sections,
    List<Finding> findings,
    List<ActionItem> actions,
    SignOff signOff,
    Optional<Score> overallScore,
    int overallScoreLine,
    Optional<String> riskLevel,
    SourceFile source,
    List<ReaderNotice> notices) {

  public Review {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    metadata = List.copyOf(metadata);
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(status, "status");
    sections = List.copyOf(sections);
    findings = List.copyOf(findings);
    actions = List.copyOf(actions);
    Objects.requireNonNull(signOff, "signOff");
    Objects.requireNonNull(overallScore, "overallScore");
    Objects.requireNonNull(riskLevel, "riskLevel");
    Objects.requireNonNull(source, "source");
    notices = List.copyOf(notices);
  }

  /**
   * Returns the next review date the review resolves to. Empty when it names no next review, or
   * names one that resolves to no date, such as "after release 2.0".
   */
  public Optional<LocalDate> nextReviewDate() {
    return signOff.nextReview().flatMap(NextReview::date);
  }
}
