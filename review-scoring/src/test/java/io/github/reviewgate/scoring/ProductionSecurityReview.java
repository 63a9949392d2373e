package io.github.reviewgate.scoring;

import static io.github.reviewgate.scoring.ReviewBuilder.done;
import static io.github.reviewgate.scoring.ReviewBuilder.notDone;
import static io.github.reviewgate.scoring.ReviewBuilder.score;
import static io.github.reviewgate.scoring.ReviewBuilder.section;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.SignOffStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A production security review with the numbers and lines of a real one: ten scored sections, two
 * unscored checklists, eight open medium and low findings, and fourteen post-deployment actions due
 * 1, 30 and 90 days after the review date.
 */
public final class ProductionSecurityReview {

  private ProductionSecurityReview() {}

  public static ReviewBuilder builder() {
    ReviewBuilder review =
        ReviewBuilder.review()
            .date(LocalDate.of(2026, 2, 8), 270)
            .signOff(SignOffStatus.APPROVED, 267)
            .nextReview(LocalDate.of(2026, 5, 8), 271)
            .overall("9.2/10", 229);

    review.section(section("IAM Security", 13, score("9.5/10"), 25, doneLines(15, 23)));
    review.section(section("Network Security", 29, score("10/10"), 38, doneLines(31, 36)));
    review.section(
        section(
            "Data Security",
            42,
            score("9/10"),
            53,
            done(44),
            done(48),
            done(49),
            done(50),
            done(51)));
    review.section(section("Secrets Management", 57, score("10/10"), 66, doneLines(59, 64)));
    review.section(
        section(
            "Logging and Monitoring",
            70,
            score("9/10"),
            87,
            done(72),
            done(73),
            done(74),
            done(75),
            done(76),
            done(77),
            done(85)));
    review.section(section("Code Security", 91, score("10/10"), 101, doneLines(93, 99)));
    review.section(
        section(
            "Compliance Readiness",
            105,
            score("6/10"),
            116,
            done(107),
            done(108),
            done(109),
            notDone(110),
            notDone(111),
            notDone(112),
            notDone(113),
            notDone(114)));
    review.section(section("Disaster Recovery", 122, score("10/10"), 133, doneLines(124, 131)));
    review.section(section("Testing and Validation", 137, score("9/10"), 147, doneLines(139, 145)));
    review.section(section("Documentation", 151, score("10/10"), 162, doneLines(153, 160)));
    review.section(section("From Security Audit (Task 16)", 192, doneLines(194, 199)));
    review.section(section("Additional Security Measures", 201, doneLines(203, 207)));

    String[] medium = {"CloudTrail", "GuardDuty", "Security Hub", "BAA"};
    for (int i = 0; i < medium.length; i++) {
      review.finding(medium[i], Priority.MEDIUM, FindingStatus.OPEN, 174 + i);
    }
    String[] low = {
      "Restrict Bedrock model access to specific models",
      "Implement CMK for encryption keys",
      "Implement data classification procedures",
      "Conduct formal penetration testing"
    };
    for (int i = 0; i < low.length; i++) {
      review.finding(low[i], Priority.LOW, FindingStatus.OPEN, 183 + i);
    }

    review
        .action("Monitor CloudWatch alarms for security events", false, 1, 279)
        .action("Review CloudWatch logs for anomalies", false, 1, 280)
        .action("Verify no unauthorized access attempts", false, 1, 281)
        .action("Check error rates and patterns", false, 1, 282)
        .action("Enable CloudTrail (if not already enabled)", false, 30, 286)
        .action("Enable GuardDuty (if not already enabled)", false, 30, 287)
        .action("Enable Security Hub (if not already enabled)", false, 30, 288)
        .action("Sign AWS BAA (if handling PHI)", false, 30, 289)
        .action("Implement GDPR compliance measures (if handling EU user data)", false, 30, 290)
        .action("Conduct formal security review", false, 90, 294)
        .action("Implement CMK for encryption (if required)", false, 90, 295)
        .action("Conduct penetration testing (if required)", false, 90, 296)
        .action("Achieve compliance certifications (if required)", false, 90, 297)
        .action("Review and update security policies", false, 90, 298);
    return review;
  }

  private static ChecklistItem[] doneLines(int first, int last) {
    List<ChecklistItem> items = new ArrayList<>();
    for (int line = first; line <= last; line++) {
      items.add(done(line));
    }
    return items.toArray(ChecklistItem[]::new);
  }
}
