package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.Priority;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The heading structure of a review and the part each heading belongs to: findings, actions,
 * sign-off or a checklist section. Arrays are indexed by block index; entries for blocks that are
 * not headings are unused.
 */
final class Outline {

  private final List<MarkdownBlock> blocks;
  private final int[] owner;
  private final int[] parent;
  private final int[] ownEnd;
  private final int[] subtreeEnd;
  private final Integer[] windowDays;
  private final boolean[] inActions;
  private final boolean[] inFindings;
  private final Priority[] priority;
  private final boolean[] checklist;
  private final int signOff;

  Outline(
      List<MarkdownBlock> blocks, Vocabulary vocabulary, BiPredicate<Integer, Integer> hasItems) {
    this.blocks = blocks;
    int size = blocks.size();
    owner = new int[size];
    parent = new int[size];
    ownEnd = new int[size];
    subtreeEnd = new int[size];
    windowDays = new Integer[size];
    inActions = new boolean[size];
    inFindings = new boolean[size];
    priority = new Priority[size];
    checklist = new boolean[size];

    linkHeadings();
    classifyHeadings(vocabulary);
    signOff = findSignOff(vocabulary, hasItems);
    for (int h = 0; h < size; h++) {
      if (isHeading(h)) {
        checklist[h] =
            hasItems.test(h + 1, ownEnd[h])
                && windowDays[h] == null
                && !inActions[h]
                && priority[h] == null
                && !inSignOff(h);
      }
    }
  }

  private void linkHeadings() {
    Deque<Integer> open = new ArrayDeque<>();
    int current = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof MarkdownBlock.Heading heading) {
        if (current >= 0) {
          ownEnd[current] = i;
        }
        while (!open.isEmpty() && level(open.peek()) >= heading.level()) {
          subtreeEnd[open.pop()] = i;
        }
        parent[i] = open.isEmpty() ? -1 : open.peek();
        open.push(i);
        current = i;
      }
      owner[i] = current;
    }
    if (current >= 0) {
      ownEnd[current] = blocks.size();
    }
    while (!open.isEmpty()) {
      subtreeEnd[open.pop()] = blocks.size();
    }
  }

  private void classifyHeadings(Vocabulary vocabulary) {
    for (int h = 0; h < blocks.size(); h++) {
      if (!isHeading(h)) {
        continue;
      }
      String text = heading(h).text();
      int up = parent[h];
      Optional<Part> part = vocabulary.part(text);
      Integer window = vocabulary.windowDays(text).orElse(null);
      windowDays[h] = window;
      if (window == null && up >= 0) {
        windowDays[h] = windowDays[up];
      }
      inActions[h] = part.orElse(null) == Part.ACTIONS || (up >= 0 && inActions[up]);
      inFindings[h] = part.orElse(null) == Part.FINDINGS || (up >= 0 && inFindings[up]);
      if (inFindings[h]) {
        Priority named = vocabulary.priority(text).orElse(null);
        priority[h] = named;
        if (named == null && up >= 0) {
          priority[h] = priority[up];
        }
      }
    }
  }

  private int findSignOff(Vocabulary vocabulary, BiPredicate<Integer, Integer> hasItems) {
    int found = -1;
    for (int h = 0; h < blocks.size(); h++) {
      if (isHeading(h) && vocabulary.part(heading(h).text()).orElse(null) == Part.SIGN_OFF) {
        found = h;
      }
    }
    if (found >= 0) {
      return found;
    }
    for (int h = 0; h < blocks.size(); h++) {
      if (isHeading(h)
          && vocabulary.part(heading(h).text()).orElse(null) == Part.APPROVAL
          && !hasItems.test(h + 1, ownEnd[h])) {
        found = h;
      }
    }
    return found;
  }

  boolean isHeading(int index) {
    return blocks.get(index) instanceof MarkdownBlock.Heading;
  }

  MarkdownBlock.Heading heading(int index) {
    return (MarkdownBlock.Heading) blocks.get(index);
  }

  private int level(int heading) {
    return heading(heading).level();
  }

  /**
   * Returns the heading whose own content contains block {@code index}, or -1 before any heading.
   */
  int owner(int index) {
    return owner[index];
  }

  /** Returns the end (exclusive) of the heading's own content, before its first subheading. */
  int ownEnd(int heading) {
    return ownEnd[heading];
  }

  /** Returns whether the heading is a checklist section. */
  boolean isChecklist(int heading) {
    return heading >= 0 && checklist[heading];
  }

  /** Returns the first checklist section's block index, or the number of blocks when none. */
  int firstChecklist() {
    for (int h = 0; h < blocks.size(); h++) {
      if (checklist[h]) {
        return h;
      }
    }
    return blocks.size();
  }

  /** Returns the time window of the heading or its nearest ancestor that names one. */
  Optional<Integer> windowDays(int heading) {
    return heading < 0 ? Optional.empty() : Optional.ofNullable(windowDays[heading]);
  }

  /**
   * Returns whether the heading contains action items: it or an ancestor names a time window or an
   * actions part.
   */
  boolean holdsActions(int heading) {
    return heading >= 0 && (windowDays[heading] != null || inActions[heading]);
  }

  boolean inFindings(int heading) {
    return heading >= 0 && inFindings[heading];
  }

  /** Returns the priority of the nearest heading inside a findings part that names one. */
  Optional<Priority> priority(int heading) {
    return heading < 0 ? Optional.empty() : Optional.ofNullable(priority[heading]);
  }

  /** Returns the sign-off heading's block index, or -1 when the review has no sign-off part. */
  int signOff() {
    return signOff;
  }

  /** Returns whether block {@code index} lies in the sign-off part. */
  boolean inSignOff(int index) {
    return signOff >= 0 && index >= signOff && index < subtreeEnd[signOff];
  }
}
