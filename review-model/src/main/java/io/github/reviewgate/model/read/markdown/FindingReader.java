package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.FindingStatus;
import io.github.reviewgate.model.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads findings: list items under a heading that names a priority inside a findings, risks or
 * issues part, and table rows there, which take their priority from a priority or severity column
 * when the table has one.
 */
final class FindingReader {

  private static final Pattern STATUS_MARKER =
      Pattern.compile("\\*\\*([^*]+)\\*\\*|[\\[(]([^\\])(]+)[\\])]");
  private static final int MAX_STATUS_LENGTH = 30;

  private final List<MarkdownBlock> blocks;
  private final Outline outline;
  private final Vocabulary vocabulary;

  FindingReader(List<MarkdownBlock> blocks, Outline outline, Vocabulary vocabulary) {
    this.blocks = blocks;
    this.outline = outline;
    this.vocabulary = vocabulary;
  }

  List<Finding> read() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int heading = outline.owner(i);
      if (!outline.inFindings(heading)) {
        continue;
      }
      Optional<Priority> priority = outline.priority(heading);
      MarkdownBlock block = blocks.get(i);
      if (block instanceof MarkdownBlock.Item item && item.parent() < 0 && priority.isPresent()) {
        fromItem(item, priority.get()).ifPresent(findings::add);
      } else if (block instanceof MarkdownBlock.Table table) {
        findings.addAll(fromTable(table, priority));
      }
    }
    return findings;
  }

  private Optional<Finding> fromItem(MarkdownBlock.Item item, Priority priority) {
    String raw = item.text().strip();
    String title = InlineText.clean(raw.replace("~~", ""));
    if (title.isEmpty() || vocabulary.isNone(title)) {
      return Optional.empty();
    }
    FindingStatus status;
    if (item.checked().orElse(false) || (raw.startsWith("~~") && raw.endsWith("~~"))) {
      status = FindingStatus.RESOLVED;
    } else {
      status = statedStatus(raw).orElse(FindingStatus.OPEN);
    }
    // NOTE: a due date in the finding's text or a Due column is not read yet.
    return Optional.of(new Finding(title, priority, status, Optional.empty(), item.line()));
  }

  /**
   * Reads the status a finding states as a marker: a bold phrase, a bracketed or parenthesised
   * phrase, or the part before the first or after the last separator such as " - " or ":". Status
   * words inside its prose ("if requirements are fixed") do not count.
   */
  private Optional<FindingStatus> statedStatus(String raw) {
    List<String> markers = new ArrayList<>();
    Matcher marked = STATUS_MARKER.matcher(raw);
    while (marked.find()) {
      markers.add(marked.group(1) != null ? marked.group(1) : marked.group(2));
    }
    String[] segments = InlineText.clean(raw).split("\\s[-—–]\\s|[:：]\\s*");
    if (segments.length > 1) {
      markers.add(segments[0]);
      markers.add(segments[segments.length - 1]);
    }
    for (String marker : markers) {
      String[] markerWords = InlineText.clean(marker).split("\\s+");
      // A marker states a status in its first word or as a phrase of two words at most.
      String phrase = markerWords.length <= 2 ? String.join(" ", markerWords) : markerWords[0];
      if (phrase.length() <= MAX_STATUS_LENGTH) {
        Optional<FindingStatus> status = vocabulary.findingStatus(phrase);
        if (status.isPresent()) {
          return status;
        }
      }
    }
    return Optional.empty();
  }

  private List<Finding> fromTable(MarkdownBlock.Table table, Optional<Priority> headingPriority) {
    int priorityColumn = priorityColumn(table);
    if (priorityColumn < 0 && headingPriority.isEmpty()) {
      return List.of();
    }
    int textColumn = textColumn(table, priorityColumn);
    List<Finding> findings = new ArrayList<>();
    for (MarkdownBlock.Row row : table.rows()) {
      Optional<Priority> priority =
          priorityColumn >= 0
              ? vocabulary.priority(row.cells().get(priorityColumn)).or(() -> headingPriority)
              : headingPriority;
      String title = InlineText.clean(row.cells().get(textColumn));
      if (priority.isEmpty() || title.isEmpty() || vocabulary.isNone(title)) {
        continue;
      }
      FindingStatus status = FindingStatus.OPEN;
      for (String cell : row.cells()) {
        if (cell.length() <= MAX_STATUS_LENGTH) {
          status = vocabulary.findingStatus(cell).orElse(status);
        }
      }
      findings.add(new Finding(title, priority.get(), status, Optional.empty(), row.line()));
    }
    return findings;
  }

  private int priorityColumn(MarkdownBlock.Table table) {
    List<String> header = table.header();
    for (int c = 0; c < header.size(); c++) {
      if (vocabulary.isPriorityColumn(header.get(c))) {
        return c;
      }
    }
    for (int c = 0; c < header.size(); c++) {
      if (allPriorities(table, c)) {
        return c;
      }
    }
    return -1;
  }

  private boolean allPriorities(MarkdownBlock.Table table, int column) {
    boolean any = false;
    for (MarkdownBlock.Row row : table.rows()) {
      String cell = row.cells().get(column).strip();
      if (cell.isEmpty()) {
        continue;
      }
      // A priority cell is a word or two; longer text that merely mentions "high" is not one.
      if (cell.length() > 20 || vocabulary.priority(cell).isEmpty()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Returns the column holding the longest text, which describes the finding. */
  private static int textColumn(MarkdownBlock.Table table, int priorityColumn) {
    int best = 0;
    int bestLength = -1;
    for (int c = 0; c < table.header().size(); c++) {
      if (c == priorityColumn) {
        continue;
      }
      int length = 0;
      for (MarkdownBlock.Row row : table.rows()) {
        length += row.cells().get(c).length();
      }
      if (length > bestLength) {
        best = c;
        bestLength = length;
      }
    }
    return best;
  }
}
