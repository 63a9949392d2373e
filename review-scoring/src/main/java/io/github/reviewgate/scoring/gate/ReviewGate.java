package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.read.ReviewReadException;
import io.github.reviewgate.model.read.ReviewReader;
import io.github.reviewgate.scoring.Scorecard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Judges a review file under a policy on a given date. Never reads the clock. */
public final class ReviewGate {

  /** Returns the rules that inspect a review that could be read, in the order they run. */
  private static List<GateRule> rules() {
    return List.of(
        ReaderRule.errors(),
        new NoDateRule(),
        new FutureDateRule(),
        new StaleRule(),
        new ExpiringSoonRule(),
        new NoScoreRule(),
        new BelowMinScoreRule(),
        new SectionBelowMinRule(),
        new OpenFindingRule(),
        new NotApprovedRule(),
        new ConditionalApprovalRule(),
        new OverdueActionRule(),
        new ScoreInconsistentRule(),
        ReaderRule.warnings());
  }

  private final GatePolicy policy;

  /** Kept so that a gate that judges many files builds its YAML and JSON parsers once. */
  private final ReviewReader reader;

  /** Creates a gate that judges under {@code policy}. */
  public ReviewGate(GatePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.reader = ReviewReader.create().withMaxFileSize(policy.maxFileSize());
  }

  /**
   * Reads and judges {@code file} as of {@code asOf}; a missing or unreadable file is a violation.
   */
  public GateResult evaluate(Path file, LocalDate asOf) {
    if (Files.notExists(file)) {
      return judge(
          file,
          asOf,
          Optional.empty(),
          List.of(new Found(RuleIds.MISSING, ReadFailures.missing(file))));
    }
    Review review;
    try {
      review = reader.read(file);
    } catch (ReviewReadException e) {
      Found unreadable = new Found(RuleIds.UNREADABLE, ReadFailures.unreadable(file, e));
      return judge(file, asOf, Optional.empty(), List.of(unreadable));
    } catch (RuntimeException e) {
      // A review file is untrusted input: a reader bug on it must fail the gate with a message,
      // not the build with a stack trace.
      Found failure = new Found(RuleIds.UNREADABLE, ReadFailures.readerFailure(file, e));
      return judge(file, asOf, Optional.empty(), List.of(failure));
    }
    return evaluate(file, review, asOf);
  }

  /** Judges a review already read, naming its source path in messages. */
  public GateResult evaluate(Review review, LocalDate asOf) {
    return evaluate(review.source().path(), review, asOf);
  }

  private GateResult evaluate(Path file, Review review, LocalDate asOf) {
    Scorecard scorecard = Scorecard.of(review, policy.scoring());
    Optional<Expiry> expiry = Expiry.of(review, policy.maxAgeDays());
    GateContext context = new GateContext(file, review, scorecard, asOf, policy, expiry);
    List<Found> found = new ArrayList<>();
    for (GateRule rule : rules()) {
      if (policy.severityOf(rule.id()) != Severity.OFF) {
        rule.check(context).forEach(occurrence -> found.add(new Found(rule.id(), occurrence)));
      }
    }
    return judge(file, asOf, Optional.of(context), found);
  }

  /** Applies severities, waivers and failOnError to what the rules found, and decides. */
  private GateResult judge(
      Path file, LocalDate asOf, Optional<GateContext> context, List<Found> found) {
    Waivers waivers = new Waivers(policy.waivers(), asOf, policy.warnDays());
    List<Violation> violations = new ArrayList<>();
    for (Found entry : found) {
      Severity severity = policy.severityOf(entry.rule());
      if (severity != Severity.OFF) {
        Optional<String> waiver = waivers.reasonFor(entry.rule(), entry.occurrence());
        violations.add(violation(entry.rule(), severity, entry.occurrence(), waiver));
      }
    }
    for (Waivers.Problem problem : waivers.problems()) {
      Severity severity = policy.severityOf(problem.rule());
      if (severity != Severity.OFF) {
        violations.add(violation(problem.rule(), severity, problem.occurrence(), Optional.empty()));
      }
    }
    List<Violation> sorted = inReportOrder(violations);

    return new GateResult(
        file,
        asOf,
        policy,
        verdict(sorted),
        context.map(GateContext::review),
        context.map(GateContext::scorecard),
        context.flatMap(GateContext::expiry).map(Expiry::date),
        sorted);
  }

  /**
   * Sorts errors first, each severity in line order, except that overdue actions keep the order
   * their rule gave them, oldest first, in the places that line order gives them.
   */
  private static List<Violation> inReportOrder(List<Violation> found) {
    List<Violation> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Violation::severity).thenComparingInt(Violation::line));

    Iterator<Violation> oldestFirst = found.stream().filter(ReviewGate::isOverdueAction).iterator();
    for (int index = 0; index < sorted.size(); index++) {
      if (isOverdueAction(sorted.get(index))) {
        sorted.set(index, oldestFirst.next());
      }
    }
    return sorted;
  }

  private static boolean isOverdueAction(Violation violation) {
    return violation.rule().equals(RuleIds.OVERDUE_ACTION);
  }

  private Violation violation(
      String rule, Severity severity, Occurrence occurrence, Optional<String> waiver) {
    Severity reported = policy.failOnError() ? severity : Severity.WARNING;
    return new Violation(rule, reported, occurrence.message(), occurrence.line(), waiver);
  }

  private static Verdict verdict(List<Violation> violations) {
    Verdict verdict = Verdict.PASS;
    for (Violation violation : violations) {
      if (violation.isWaived()) {
        continue;
      }
      if (violation.severity() == Severity.ERROR) {
        return Verdict.FAIL;
      }
      verdict = Verdict.WARN;
    }
    return verdict;
  }

  /** A rule's occurrence before the policy applies. */
  private record Found(String rule, Occurrence occurrence) {}
}
