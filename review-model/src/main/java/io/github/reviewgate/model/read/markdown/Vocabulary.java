package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.SignOffStatus;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The words the Markdown reader understands, in every bundled language: header keys, status words,
 * item state words, priorities, part names, time windows and month names. Loaded from resource
 * files, so that adding a language is adding a file.
 */
public final class Vocabulary {

  // TODO: placeholder with a few English words; the resource-backed version replaces it.

  private Vocabulary() {}

  /** Loads the bundled languages. */
  public static Vocabulary load() {
    return new Vocabulary();
  }

  /** Returns what a key means, by the longest matching synonym; empty for unknown keys. */
  public Optional<FieldKind> fieldKind(String key) {
    String k = normalizeKey(key);
    if (k.endsWith("nextreview") || k.endsWith("nextreviewdate")) {
      return Optional.of(FieldKind.NEXT_REVIEW);
    }
    if (k.equals("averagescore") || k.equals("overallscore") || k.equals("totalscore")) {
      return Optional.of(FieldKind.OVERALL_SCORE);
    }
    if (k.contains("risk")) {
      return Optional.of(FieldKind.RISK);
    }
    if (k.endsWith("score")) {
      return Optional.of(FieldKind.SCORE);
    }
    if (k.endsWith("date")) {
      return Optional.of(FieldKind.DATE);
    }
    if (k.endsWith("status") || k.equals("decision")) {
      return Optional.of(FieldKind.STATUS);
    }
    if (k.equals("reviewer") || k.equals("reviewedby")) {
      return Optional.of(FieldKind.REVIEWER);
    }
    return Optional.empty();
  }

  /** Maps a status value by its leading words; empty when it names none of the four statuses. */
  public Optional<SignOffStatus> signOffStatus(String value) {
    String v = value.toLowerCase(Locale.ROOT).trim();
    if (v.startsWith("not approved") || v.startsWith("rejected") || v.startsWith("failed")) {
      return Optional.of(SignOffStatus.REJECTED);
    }
    if (v.startsWith("approved with conditions") || v.startsWith("conditional")) {
      return Optional.of(SignOffStatus.CONDITIONAL);
    }
    if (v.startsWith("approved") || v.startsWith("passed")) {
      return Optional.of(SignOffStatus.APPROVED);
    }
    if (v.startsWith("pending") || v.startsWith("draft")) {
      return Optional.of(SignOffStatus.PENDING);
    }
    return Optional.empty();
  }

  /** Maps a state word or mark (PASS, ✅, N/A, Conforme …) to an item state. */
  public Optional<ItemState> itemState(String word) {
    String w = word.trim().toUpperCase(Locale.ROOT);
    return switch (w) {
      case "PASS", "YES", "DONE", "✅" -> Optional.of(ItemState.DONE);
      case "FAIL", "NO", "❌", "" -> Optional.of(ItemState.NOT_DONE);
      case "PARTIAL", "⚠️" -> Optional.of(ItemState.PARTIAL);
      case "N/A" -> Optional.of(ItemState.NOT_APPLICABLE);
      default -> Optional.empty();
    };
  }

  /** Returns whether a table header names a status column (Status, Result, Pass/Fail …). */
  public boolean isStatusColumn(String header) {
    String h = normalizeKey(header);
    return h.equals("status") || h.equals("result");
  }

  /** Returns the priority a heading or cell names (High, P1, 高 …), if any. */
  public Optional<Priority> priority(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("critical")) {
      return Optional.of(Priority.CRITICAL);
    }
    if (t.contains("high")) {
      return Optional.of(Priority.HIGH);
    }
    if (t.contains("medium")) {
      return Optional.of(Priority.MEDIUM);
    }
    if (t.contains("low")) {
      return Optional.of(Priority.LOW);
    }
    return Optional.empty();
  }

  /** Returns the status a finding's text states (resolved, fixed, mitigated, accepted), if any. */
  public Optional<FindingStatus> findingStatus(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.contains("accepted")) {
      return Optional.of(FindingStatus.ACCEPTED);
    }
    if (t.contains("resolved") || t.contains("fixed") || t.contains("mitigated")) {
      return Optional.of(FindingStatus.RESOLVED);
    }
    return Optional.empty();
  }

  /** Returns whether the text only says "None" (or なし, 无, Aucun …). */
  public boolean isNone(String text) {
    return text.trim().toLowerCase(Locale.ROOT).startsWith("none");
  }

  /** Returns the part a heading opens (findings, sign-off, approval, actions), if any. */
  public Optional<Part> part(String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.contains("sign-off") || h.contains("sign off") || h.contains("signoff")) {
      return Optional.of(Part.SIGN_OFF);
    }
    if (h.contains("approval")) {
      return Optional.of(Part.APPROVAL);
    }
    if (h.contains("finding") || h.contains("risk") || h.contains("issue")) {
      return Optional.of(Part.FINDINGS);
    }
    if (h.contains("post-deployment") || h.contains("follow-up") || h.contains("next steps")) {
      return Optional.of(Part.ACTIONS);
    }
    return Optional.empty();
  }

  /** Returns the number of days a time-window heading names ("Within 24 Hours" is 1), if any. */
  public Optional<Integer> windowDays(String heading) {
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.contains("24 hours")) {
      return Optional.of(1);
    }
    if (h.contains("30 days")) {
      return Optional.of(30);
    }
    if (h.contains("90 days")) {
      return Optional.of(90);
    }
    return Optional.empty();
  }

  /** Returns the month (1..12) a month name or abbreviation names, in any bundled language. */
  public OptionalInt month(String name) {
    return OptionalInt.empty();
  }

  /** Lower-cases a key and drops spaces, hyphens and underscores. */
  public static String normalizeKey(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }
}
