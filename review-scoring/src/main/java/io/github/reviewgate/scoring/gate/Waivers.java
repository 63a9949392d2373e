package io.github.reviewgate.scoring.gate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a policy's waivers: marks the violations they accept, and reports waivers that have
 * expired, expire soon or match nothing.
 */
final class Waivers {

  private final List<Waiver> waivers;
  private final LocalDate asOf;
  private final int warnDays;
  private final Set<Waiver> used = new HashSet<>();

  Waivers(List<Waiver> waivers, LocalDate asOf, int warnDays) {
    this.waivers = waivers;
    this.asOf = asOf;
    this.warnDays = warnDays;
  }

  /** Returns the reason of the first valid waiver that accepts the violation, if any. */
  Optional<String> reasonFor(String rule, Occurrence occurrence) {
    for (Waiver waiver : waivers) {
      if (!isExpired(waiver) && waiver.covers(rule, occurrence.subject())) {
        used.add(waiver);
        return Optional.of(waiver.reason());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the waivers' own problems, as pairs of rule id and occurrence; call it after {@link
   * #reasonFor} has seen every violation.
   */
  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    for (Waiver waiver : waivers) {
      if (isExpired(waiver)) {
        problems.add(new Problem(RuleIds.WAIVER_EXPIRED, expired(waiver)));
        continue;
      }
      long left = ChronoUnit.DAYS.between(asOf, waiver.expires());
      if (left <= warnDays) {
        problems.add(new Problem(RuleIds.WAIVER_EXPIRING, expiring(waiver, left)));
      }
      if (!used.contains(waiver)) {
        problems.add(new Problem(RuleIds.WAIVER_UNUSED, unused(waiver)));
      }
    }
    return problems;
  }

  private boolean isExpired(Waiver waiver) {
    return asOf.isAfter(waiver.expires());
  }

  private Occurrence expired(Waiver waiver) {
    return Occurrence.of(
        waiver.at()
            + waiver.describe()
            + " expired on "
            + waiver.expires()
            + ", "
            + Messages.days(ChronoUnit.DAYS.between(waiver.expires(), asOf))
            + " before "
            + asOf
            + ", so it waives nothing. Fix what it waived and remove it, or renew it with a new"
            + " expiry date and reason.",
        0);
  }

  private Occurrence expiring(Waiver waiver, long left) {
    String when =
        left == 0
            ? ", so " + asOf + " is its last day"
            : ", " + Messages.days(left) + " after " + asOf;
    return Occurrence.of(
        waiver.at()
            + waiver.describe()
            + " expires on "
            + waiver.expires()
            + when
            + ", within the "
            + warnDays
            + "-day warning period (set by review.warnDays). Fix what it waives, or renew it.",
        0);
  }

  private Occurrence unused(Waiver waiver) {
    return Occurrence.of(
        waiver.at()
            + waiver.describe()
            + " matches no violation. Remove it, or correct its rule"
            + " or match.",
        0);
  }

  /** A waiver's own problem: the rule id it falls under and the occurrence. */
  record Problem(String rule, Occurrence occurrence) {}
}
