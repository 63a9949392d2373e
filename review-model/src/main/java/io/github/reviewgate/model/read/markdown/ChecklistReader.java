package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.ItemState;
import io.github.reviewgate.model.ReaderNotice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads checklist items: task list items, bracket words such as {@code - [PASS]}, and table rows
 * with a status column or Yes/No columns.
 */
final class ChecklistReader {

  private static final Pattern BRACKET_WORD = Pattern.compile("^\\[([^\\[\\]]{0,24})]\\s*(.*)$");
  private static final Pattern UNREADABLE_BOX = Pattern.compile("^\\s*[xX✓✔]?\\s*$");
  private static final Pattern STATE_WORD = Pattern.compile("^[\\p{Lu}][\\p{Lu}/\\- ]*$");
  private static final Pattern GLUED_TASK = Pattern.compile("^\\s*([-*+]\\[[ xX]?])");
  private static final Pattern LABEL =
      Pattern.compile("^(\\*\\*|__)([^*_]+?)(?:\\1\\s*[:：]|\\s*[:：]\\s*\\1)\\s*(.*)$");
  private static final Pattern WHOLLY_BOLD = Pattern.compile("^(\\*\\*|__)([^*_]+)\\1$");
  private static final Pattern STRUCK = Pattern.compile("^~~.*~~$");
  private static final Pattern STATUS_EMOJI = Pattern.compile("(✅|✔️?|☑️?|❌|✖️?|⚠️?|🟡|🔴|🟢)");

  /** Sub-items nested deeper than this are attached to their ancestor at this depth. */
  private static final int MAX_SUB_ITEM_DEPTH = 32;

  private final List<MarkdownBlock> blocks;
  private final Vocabulary vocabulary;
  private final List<ReaderNotice> notices;

  ChecklistReader(List<MarkdownBlock> blocks, Vocabulary vocabulary, List<ReaderNotice> notices) {
    this.blocks = blocks;
    this.vocabulary = vocabulary;
    this.notices = notices;
  }

  /** A list item read as a checklist item, before its details and sub-items are attached. */
  private record Marked(Optional<String> label, String text, ItemState state, String marker) {}

  /** Returns whether blocks {@code from} (inclusive) to {@code to} hold checklist items. */
  boolean hasItems(int from, int to) {
    for (int i = from; i < to; i++) {
      MarkdownBlock block = blocks.get(i);
      if (block instanceof MarkdownBlock.Item item && isChecklistItem(item)) {
        return true;
      }
      if (block instanceof MarkdownBlock.Table table
          && StatusColumns.of(table, vocabulary).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the list item is a checklist item: a task item or a bracket word. */
  boolean isChecklistItem(MarkdownBlock.Item item) {
    return mark(item, false).isPresent();
  }

  /** Reads the checklist items in blocks {@code from} (inclusive) to {@code to}. */
  List<ChecklistItem> read(int from, int to) {
    Marked[] marked = markItems(from, to - from);
    int[] owner = owners(from, marked);
    ChecklistItem[] built = build(from, marked, owner);

    List<ChecklistItem> items = new ArrayList<>();
    for (int k = 0; k < built.length; k++) {
      if (built[k] != null && owner[k] < 0) {
        items.add(built[k]);
      } else if (blocks.get(from + k) instanceof MarkdownBlock.Table table) {
        items.addAll(readRows(table));
      }
    }
    return items;
  }

  /** Returns each block's mark, or null for a block that is no checklist item. */
  private Marked[] markItems(int from, int count) {
    Marked[] marked = new Marked[count];
    for (int k = 0; k < count; k++) {
      if (blocks.get(from + k) instanceof MarkdownBlock.Item item) {
        marked[k] = mark(item, true).orElse(null);
      }
    }
    return marked;
  }

  /**
   * Returns the index of the checklist item each list item belongs to, its nearest marked ancestor,
   * or -1 for none. A checklist item deeper than {@link #MAX_SUB_ITEM_DEPTH} belongs to its
   * ancestor at that depth.
   */
  private int[] owners(int from, Marked[] marked) {
    int[] owner = new int[marked.length];
    int[] depth = new int[marked.length];
    for (int k = 0; k < marked.length; k++) {
      owner[k] = -1;
      if (blocks.get(from + k) instanceof MarkdownBlock.Item item) {
        int up = item.parent() - from;
        if (up >= 0) {
          owner[k] = marked[up] != null ? up : owner[up];
        }
        if (owner[k] >= 0 && marked[k] != null) {
          depth[k] = depth[owner[k]] + 1;
          while (depth[k] > MAX_SUB_ITEM_DEPTH) {
            owner[k] = owner[owner[k]];
            depth[k]--;
          }
        }
      }
    }
    return owner;
  }

  /** Builds each marked item with its details and sub-items attached. */
  private ChecklistItem[] build(int from, Marked[] marked, int[] owner) {
    int count = marked.length;
    List<List<String>> details = new ArrayList<>();
    List<List<ChecklistItem>> subItems = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      details.add(new ArrayList<>());
      subItems.add(new ArrayList<>());
    }

    // Children follow their parents, so building from the last block up finds every child built
    // first.
    ChecklistItem[] built = new ChecklistItem[count];
    for (int k = count - 1; k >= 0; k--) {
      if (!(blocks.get(from + k) instanceof MarkdownBlock.Item item)) {
        continue;
      }
      if (marked[k] == null) {
        if (owner[k] >= 0) {
          details.get(owner[k]).add(InlineText.clean(item.text()));
        }
        continue;
      }
      Marked read = marked[k];
      // Children were collected last first; reversing once keeps the walk linear.
      Collections.reverse(details.get(k));
      Collections.reverse(subItems.get(k));
      built[k] =
          new ChecklistItem(
              read.label(),
              read.text(),
              read.state(),
              read.marker(),
              details.get(k),
              subItems.get(k),
              item.line());
      if (owner[k] >= 0) {
        subItems.get(owner[k]).add(built[k]);
      }
    }
    return built;
  }

  /** Reports task markers the parser could not read, such as {@code -[x]} or {@code [ x ]}. */
  void reportUnreadableMarkers() {
    for (MarkdownBlock block : blocks) {
      if (block instanceof MarkdownBlock.TextLine line) {
        Matcher glued = GLUED_TASK.matcher(line.text());
        if (glued.find()) {
          reportUnreadable(glued.group(1), line.line());
        }
      }
    }
  }

  private Optional<Marked> mark(MarkdownBlock.Item item, boolean report) {
    String text = item.text();
    if (item.checked().isPresent()) {
      boolean done = item.checked().get();
      ItemState state = done ? ItemState.DONE : ItemState.NOT_DONE;
      String marker = done ? "[x]" : "[ ]";
      if (report) {
        reportEmojiConflict(text, state, marker, item.line());
      }
      return Optional.of(labelled(text, struck(text) ? ItemState.NOT_APPLICABLE : state, marker));
    }

    Matcher bracket = BRACKET_WORD.matcher(text);
    if (!bracket.matches()) {
      return Optional.empty();
    }
    String word = bracket.group(1);
    if (UNREADABLE_BOX.matcher(word).matches()) {
      if (report) {
        reportUnreadable("[" + word + "]", item.line());
      }
      return Optional.empty();
    }
    String marker = "[" + word + "]";
    Optional<ItemState> state = vocabulary.itemState(word.strip());
    if (state.isEmpty() && !STATE_WORD.matcher(word.strip()).matches()) {
      return Optional.empty();
    }
    if (state.isEmpty() && report) {
      notices.add(
          ReaderNotice.warning(
              item.line(),
              "the state word '"
                  + marker
                  + "' is not known and counts as not done; use PASS, FAIL, PARTIAL or N/A"));
    }
    return Optional.of(labelled(bracket.group(2), state.orElse(ItemState.NOT_DONE), marker));
  }

  private static Marked labelled(String text, ItemState state, String marker) {
    String body = text.strip();
    Matcher label = LABEL.matcher(body);
    if (label.matches()) {
      return new Marked(
          Optional.of(label.group(2).strip()), InlineText.clean(label.group(3)), state, marker);
    }
    Matcher bold = WHOLLY_BOLD.matcher(body);
    if (bold.matches()) {
      return new Marked(Optional.of(bold.group(2).strip()), "", state, marker);
    }
    return new Marked(Optional.empty(), InlineText.clean(body.replace("~~", "")), state, marker);
  }

  private static boolean struck(String text) {
    return STRUCK.matcher(text.strip()).matches();
  }

  private void reportEmojiConflict(String text, ItemState state, String marker, int line) {
    String body = text.strip();
    Matcher emoji = STATUS_EMOJI.matcher(body);
    if (!emoji.find()) {
      return;
    }
    boolean leading = emoji.start() == 0;
    boolean trailing = emoji.end() == body.length();
    if (!leading && !trailing) {
      return;
    }
    Optional<ItemState> stated = itemStateOf(emoji.group());
    if (stated.isPresent() && stated.get() != state) {
      notices.add(
          ReaderNotice.warning(
              line,
              "the checkbox "
                  + marker
                  + " and the mark "
                  + emoji.group()
                  + " disagree; the checkbox counts, so make the two agree"));
    }
  }

  /** Maps a state word or mark, trying it with and without the emoji variation selector. */
  private Optional<ItemState> itemStateOf(String word) {
    String bare = word.replace("\uFE0F", "");
    return vocabulary
        .itemState(word)
        .or(() -> vocabulary.itemState(bare))
        .or(() -> vocabulary.itemState(bare + "\uFE0F"));
  }

  private void reportUnreadable(String marker, int line) {
    notices.add(
        ReaderNotice.warning(
            line,
            "the task marker '"
                + marker
                + "' cannot be read and is not counted; write '- [x]' or '- [ ]'"
                + " with a space after the dash and nothing else inside the brackets"));
  }

  private List<ChecklistItem> readRows(MarkdownBlock.Table table) {
    Optional<StatusColumns> columns = StatusColumns.of(table, vocabulary);
    if (columns.isEmpty()) {
      return List.of();
    }
    List<ChecklistItem> items = new ArrayList<>();
    for (MarkdownBlock.Row row : table.rows()) {
      String text = row.cells().get(columns.get().textColumn());
      String marker = columns.get().marker(row);
      Optional<ItemState> state = columns.get().state(row, this::itemStateOf);
      if (state.isEmpty()) {
        notices.add(
            ReaderNotice.warning(
                row.line(),
                "the status '"
                    + marker
                    + "' is not known and counts as not done; use PASS, FAIL, PARTIAL or N/A"));
      }
      // A row whose text is struck through no longer applies, as a struck-through task item.
      ItemState counted =
          row.isStruck(columns.get().textColumn())
              ? ItemState.NOT_APPLICABLE
              : state.orElse(ItemState.NOT_DONE);
      items.add(ChecklistItem.of(InlineText.clean(text), counted, marker, row.line()));
    }
    return items;
  }
}
