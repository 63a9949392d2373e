package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.Priority;
import io.github.reviewgate.model.SignOffStatus;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the Markdown reader understands, in every bundled language: header keys, status words,
 * item state words, priorities, part names, time windows and month names. Loaded from one resource
 * file per language, so that adding a language is adding a file and its code to {@link #LANGUAGES}.
 */
public final class Vocabulary {

  /** The bundled languages, each read from {@code vocabulary/<code>.txt} beside this class. */
  public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "ja", "zh");

  private static final Pattern STATUS_PUNCTUATION =
      Pattern.compile("[()\\[\\]{}:;,.!?\"'«»“”]|\\s[-–—]+\\s|[–—]");
  private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!。！]+$");

  /** The characters looked at beside a word for a negation or a priority context word. */
  private static final int MAX_CONTEXT = 16;

  private static final Pattern NONE_SEPARATOR = Pattern.compile("^\\s*[-–—:;,.(（。、]");

  private static volatile Vocabulary bundled;

  private final SynonymTable<FieldKind> fields = new SynonymTable<>("field");
  private final SynonymTable<SignOffStatus> statuses = new SynonymTable<>("status");
  private final SynonymTable<ItemState> stateKeys = new SynonymTable<>("state");
  private final SynonymTable<ItemState> stateWords = new SynonymTable<>("state");
  private final SynonymTable<String> columns = new SynonymTable<>("column");
  private final SynonymTable<ItemState> answerColumns = new SynonymTable<>("answer");
  private final SynonymTable<Priority> priorities = new SynonymTable<>("priority");
  private final SynonymTable<Priority> prioritiesAlone = new SynonymTable<>("priority-alone");
  private final SynonymTable<Boolean> priorityContext = new SynonymTable<>("priority-context");
  private final SynonymTable<FindingStatus> resolutions = new SynonymTable<>("finding");
  private final SynonymTable<Boolean> negations = new SynonymTable<>("negation");
  private final SynonymTable<Boolean> noneWords = new SynonymTable<>("none");
  private final SynonymTable<Part> parts = new SynonymTable<>("part");
  private final SynonymTable<Boolean> windowLead = new SynonymTable<>("window.LEAD");
  private final SynonymTable<Boolean> windowTail = new SynonymTable<>("window.TAIL");
  private final SynonymTable<ChronoUnit> units = new SynonymTable<>("unit");
  private final SynonymTable<Period> periods = new SynonymTable<>("period");
  private final SynonymTable<Integer> months = new SynonymTable<>("month");
  private final Durations durations = new Durations(units, windowLead, windowTail);

  // Filling the tables in the constructor lets final-field semantics publish them to other threads.
  private Vocabulary(List<VocabularyFile.Entry> entries) {
    entries.forEach(this::add);
  }

  /**
   * Returns the vocabulary of the bundled languages, loaded on the first call and shared after it,
   * because it never changes and every read of a Markdown review needs it.
   *
   * @throws IllegalStateException when a resource is missing or malformed, or gives one word two
   *     meanings
   */
  public static Vocabulary bundled() {
    Vocabulary vocabulary = bundled;
    // Two threads may each load one; they are equal, so the race costs only the time.
    if (vocabulary == null) {
      vocabulary = load(LANGUAGES);
      bundled = vocabulary;
    }
    return vocabulary;
  }

  /** Loads the given languages only. */
  static Vocabulary load(List<String> languages) {
    List<VocabularyFile.Entry> entries = new ArrayList<>();
    for (String language : languages) {
      entries.addAll(VocabularyFile.read(language));
    }
    return new Vocabulary(entries);
  }

  /**
   * Returns what a key means, by the longest synonym that the key equals, ends with or begins with
   * after {@link Words#key}: "Next Review Date" is a next review, "Security Review Status" a
   * status, "Date de revue" a date. A synonym at the start must end a word of the key, so
   * "Datenschutz" is no date and "Notes" no score. Empty for unknown keys. A trailing colon is
   * ignored.
   */
  public Optional<FieldKind> fieldKind(String key) {
    String plain = InlineText.clean(key).replaceAll("[:：]+$", "");
    return fields.key(Words.key(plain), Words.keyWordEnds(plain));
  }

  /**
   * Maps a status value by its leading words, after removing emoji, bold and brackets: "Approved
   * for launch" is approved, "❌ **NOT APPROVED**" and "Not approved yet" are rejected, "Approved
   * (with conditions)" is conditional. Empty when it names none of the four statuses (FINAL).
   */
  public Optional<SignOffStatus> signOffStatus(String value) {
    String text = Words.fold(InlineText.clean(value));
    text = STATUS_PUNCTUATION.matcher(text).replaceAll(" ");
    text = LEADING_SYMBOLS.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("");
    return statuses.leading(text);
  }

  /**
   * Maps a state word or mark (PASS, ✅, N/A, Conforme …) to an item state. The whole text is tried
   * first, then a word in brackets ({@code [PASS]}), then its leading words ("Yes, enforced"), then
   * a leading mark ("✅ verified"). An empty cell is not done.
   */
  public Optional<ItemState> itemState(String word) {
    String raw = word.replace("**", "").replace("__", "").replace("`", "").strip();
    if (raw.isEmpty()) {
      return Optional.of(ItemState.NOT_DONE);
    }

    Optional<ItemState> whole = stateKeys.exact(Words.key(raw));
    if (whole.isPresent()) {
      return whole;
    }
    if (raw.length() > 3 && raw.startsWith("[") && raw.endsWith("]")) {
      Optional<ItemState> inner = stateKeys.exact(Words.key(raw.substring(1, raw.length() - 1)));
      if (inner.isPresent()) {
        return inner;
      }
    }

    String words = Words.fold(InlineText.clean(raw)).replaceAll("[,;:(]", " ").strip();
    Optional<ItemState> leading = stateWords.leading(words);
    if (leading.isPresent()) {
      return leading;
    }
    String mark = new String(Character.toChars(raw.codePointAt(0)));
    return stateKeys.exact(Words.key(mark));
  }

  /**
   * Returns whether a table header names a status column: it is or ends with Status, Result,
   * Pass/Fail, Ready, Done, Compliant or their translations ("Test Result", Statut, 状态).
   */
  public boolean isStatusColumn(String header) {
    return column(header).filter("STATUS"::equals).isPresent();
  }

  /**
   * Returns whether a table header names a priority column: it is or ends with Priority, Severity,
   * Criticality or their translations (Priorité, Schweregrad, 优先级).
   */
  public boolean isPriorityColumn(String header) {
    return column(header).filter("PRIORITY"::equals).isPresent();
  }

  /**
   * Returns the state that an {@code X} in a Yes/No column marks: done for Yes, not done for No,
   * partial for Partial, not applicable for N/A (and their translations). Empty for other headers.
   */
  public Optional<ItemState> answerColumn(String header) {
    return answerColumns.exact(Words.key(InlineText.clean(header)));
  }

  /**
   * Returns the priority a heading or cell names (High, P1, Priorité haute, 高 …), if any. Words
   * count only whole, so "Highlights" names none. A Chinese or Japanese word such as 高 counts alone
   * or joined to a word such as 优先级 or 優先度 ("高优先级"), never inside another word ("最高裁"). When the
   * text names several priorities, the first wins.
   */
  public Optional<Priority> priority(String text) {
    String folded = Words.fold(InlineText.clean(text));
    Optional<Priority> alone = prioritiesAlone.exact(folded);
    if (alone.isPresent()) {
      return alone;
    }
    return priorities.occurrences(folded).stream()
        .filter(occurrence -> standsAlone(folded, occurrence))
        .map(SynonymTable.Occurrence::value)
        .findFirst();
  }

  /**
   * Returns the status a finding's text states: resolved for resolved, fixed or mitigated; accepted
   * for accepted; and their translations. A negated word ("not yet fixed") states nothing; when the
   * text states several, the first wins.
   */
  public Optional<FindingStatus> findingStatus(String text) {
    String folded = Words.fold(InlineText.clean(text));
    return resolutions.occurrences(folded).stream()
        .filter(occurrence -> !isNegated(folded, occurrence))
        .map(SynonymTable.Occurrence::value)
        .findFirst();
  }

  /**
   * Returns whether the text only states "None" (or なし, 无, Aucun …), possibly followed by an
   * explanation after a dash or colon ("None - no critical issues identified").
   */
  public boolean isNone(String text) {
    String folded = Words.fold(InlineText.clean(text));
    folded = TRAILING_PUNCTUATION.matcher(folded).replaceAll("");
    if (noneWords.exact(folded).isPresent()) {
      return true;
    }
    Optional<String> word = noneWords.leadingWord(folded);
    return word.isPresent() && NONE_SEPARATOR.matcher(folded.substring(word.get().length())).find();
  }

  /**
   * Returns the part a heading opens, if any. A heading that names several parts opens the first of
   * sign-off, approval, findings and actions ("Sign-off and Approval" is the sign-off).
   */
  public Optional<Part> part(String heading) {
    String folded = Words.fold(InlineText.clean(heading));
    Set<Part> named = EnumSet.noneOf(Part.class);
    parts.occurrences(folded).forEach(occurrence -> named.add(occurrence.value()));
    for (Part part : List.of(Part.SIGN_OFF, Part.APPROVAL, Part.FINDINGS, Part.ACTIONS)) {
      if (named.contains(part)) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the number of days a time-window heading names: "Within 24 Hours" is 1, "Within 30
   * Days" 30, "Immediate (0-7 Days)" 7 (the upper end of a range), "Innerhalb von 2 Wochen" 14.
   * Months count 30 days each and years 365. Empty when the heading names no window: an amount
   * needs a word such as "within" before it, a word such as 以内 after it, or to be a range in
   * brackets, so "Log Retention (90 days)" names none.
   */
  public Optional<Integer> windowDays(String heading) {
    return durations
        .window(Words.fold(InlineText.clean(heading)))
        .map(amount -> Durations.days(amount.high(), amount.unit()));
  }

  /** Returns the month (1..12) a month name or abbreviation names, in any bundled language. */
  public OptionalInt month(String name) {
    String folded = Words.fold(name).replaceAll("\\.$", "");
    Optional<Integer> month = months.exact(folded);
    return month.isPresent() ? OptionalInt.of(month.get()) : OptionalInt.empty();
  }

  /** Returns the unit a time word names ("days", "Wochen", "ヶ月"), if any. */
  public Optional<ChronoUnit> timeUnit(String word) {
    return units.exact(Words.fold(word));
  }

  Durations durations() {
    return durations;
  }

  SynonymTable<Period> periods() {
    return periods;
  }

  private Optional<String> column(String header) {
    return columns.key(Words.key(InlineText.clean(header)), end -> false);
  }

  private boolean standsAlone(String text, SynonymTable.Occurrence<Priority> occurrence) {
    if (!Words.isCjk(occurrence.word().codePointAt(0))) {
      return true;
    }

    // Context words are short, so a longer run of letters around the word is another word.
    int left = occurrence.start();
    while (left > 0 && Words.isWordPart(text.codePointBefore(left))) {
      left -= Character.charCount(text.codePointBefore(left));
      if (occurrence.start() - left > MAX_CONTEXT) {
        return false;
      }
    }
    int right = occurrence.end();
    while (right < text.length() && Words.isWordPart(text.codePointAt(right))) {
      right += Character.charCount(text.codePointAt(right));
      if (right - occurrence.end() > MAX_CONTEXT) {
        return false;
      }
    }

    String before = text.substring(left, occurrence.start());
    String after = text.substring(occurrence.end(), right);
    if (before.isEmpty() && after.isEmpty()) {
      return true;
    }
    return before.isEmpty()
        ? priorityContext.exact(after).isPresent()
        : after.isEmpty() && priorityContext.exact(before).isPresent();
  }

  private boolean isNegated(String text, SynonymTable.Occurrence<?> occurrence) {
    String before =
        text.substring(Math.max(0, occurrence.start() - MAX_CONTEXT), occurrence.start());
    before = before.strip();
    if (Words.isCjk(occurrence.word().codePointAt(0))) {
      return !before.isEmpty()
          && negations
              .exact(new String(Character.toChars(before.codePointBefore(before.length()))))
              .isPresent();
    }
    String[] words = before.split("[^\\p{L}\\p{N}]+");
    for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
      if (negations.exact(words[i]).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private void add(VocabularyFile.Entry entry) {
    String word = Words.fold(entry.word());
    String key = Words.key(entry.word());
    String source = entry.source();
    switch (entry.category()) {
      case "field" -> fields.add(key, named(FieldKind.class, entry), source);
      case "status" -> statuses.add(word, named(SignOffStatus.class, entry), source);
      case "state" -> {
        ItemState state = named(ItemState.class, entry);
        stateKeys.add(key, state, source);
        stateWords.add(word, state, source);
      }
      case "column" -> columns.add(key, columnName(entry), source);
      case "answer" -> answerColumns.add(key, named(ItemState.class, entry), source);
      case "priority" -> priorities.add(word, named(Priority.class, entry), source);
      case "priority-alone" -> prioritiesAlone.add(word, named(Priority.class, entry), source);
      case "priority-context" -> priorityContext.add(word, true, source);
      case "finding" -> resolutions.add(word, named(FindingStatus.class, entry), source);
      case "negation" -> negations.add(word, true, source);
      case "none" -> noneWords.add(word, true, source);
      case "part" -> parts.add(word, named(Part.class, entry), source);
      case "window" -> windowWords(entry).add(word, true, source);
      case "unit" -> units.add(word, named(ChronoUnit.class, entry), source);
      case "period" -> periods.add(word, parsePeriod(entry), source);
      case "month" -> months.add(word, monthNumber(entry), source);
      default ->
          throw new IllegalStateException(source + ": unknown category '" + entry.category() + "'");
    }
  }

  private static String columnName(VocabularyFile.Entry entry) {
    if (!entry.name().equals("STATUS") && !entry.name().equals("PRIORITY")) {
      throw new IllegalStateException(
          entry.source()
              + ": expected column.STATUS or column.PRIORITY, found column."
              + entry.name());
    }
    return entry.name();
  }

  private SynonymTable<Boolean> windowWords(VocabularyFile.Entry entry) {
    return switch (entry.name()) {
      case "LEAD" -> windowLead;
      case "TAIL" -> windowTail;
      default ->
          throw new IllegalStateException(
              entry.source()
                  + ": expected window.LEAD or window.TAIL, found window."
                  + entry.name());
    };
  }

  private static <E extends Enum<E>> E named(Class<E> type, VocabularyFile.Entry entry) {
    try {
      return Enum.valueOf(type, entry.name());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          entry.source() + ": '" + entry.name() + "' is not a " + type.getSimpleName(), e);
    }
  }

  private static Period parsePeriod(VocabularyFile.Entry entry) {
    try {
      return Period.parse(entry.name());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          entry.source() + ": '" + entry.name() + "' is not an ISO period such as P3M", e);
    }
  }

  private static int monthNumber(VocabularyFile.Entry entry) {
    try {
      int month = Integer.parseInt(entry.name());
      if (month >= 1 && month <= 12) {
        return month;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        entry.source() + ": '" + entry.name() + "' is not a month 1..12");
  }
}
