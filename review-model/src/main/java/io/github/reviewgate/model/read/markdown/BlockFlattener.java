package io.github.reviewgate.model.read.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses Markdown with commonmark (GFM tables, task lists, strikethrough) and flattens the tree
 * into blocks in document order, walking it with an explicit stack.
 */
final class BlockFlattener {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(
              List.of(
                  TablesExtension.create(),
                  TaskListItemsExtension.create(),
                  StrikethroughExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final SourceText source;
  private final List<MarkdownBlock> blocks = new ArrayList<>();

  private BlockFlattener(SourceText source) {
    this.source = source;
  }

  /** Parses {@code source} and returns its blocks in document order. */
  static List<MarkdownBlock> flatten(SourceText source) {
    BlockFlattener flattener = new BlockFlattener(source);
    flattener.walk(PARSER.parse(source.text()));
    return List.copyOf(flattener.blocks);
  }

  private record Frame(Node node, int parentItem) {}

  private void walk(Node document) {
    Deque<Frame> stack = new ArrayDeque<>();
    pushChildren(stack, document, -1);
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      Node node = frame.node();
      if (node instanceof Heading heading) {
        blocks.add(new MarkdownBlock.Heading(heading.getLevel(), plainText(heading), lineOf(node)));
      } else if (node instanceof Paragraph paragraph) {
        blocks.addAll(sourceLines(paragraph));
      } else if (node instanceof ListItem item) {
        readItem(stack, item, frame.parentItem());
      } else if (node instanceof TableBlock table) {
        blocks.add(readTable(table));
      } else if (!(node instanceof FencedCodeBlock
          || node instanceof IndentedCodeBlock
          || node instanceof HtmlBlock)) {
        pushChildren(stack, node, frame.parentItem());
      }
    }
  }

  private static void pushChildren(Deque<Frame> stack, Node parent, int parentItem) {
    List<Node> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(new Frame(children.get(i), parentItem));
    }
  }

  private void readItem(Deque<Frame> stack, ListItem item, int parentItem) {
    Optional<Boolean> checked = Optional.empty();
    Paragraph first = null;
    List<Node> rest = new ArrayList<>();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TaskListItemMarker marker) {
        checked = Optional.of(marker.isChecked());
      } else if (first == null && rest.isEmpty() && child instanceof Paragraph paragraph) {
        first = paragraph;
        if (paragraph.getFirstChild() instanceof TaskListItemMarker marker) {
          checked = Optional.of(marker.isChecked());
        }
      } else {
        rest.add(child);
      }
    }

    List<MarkdownBlock.TextLine> lines = first == null ? List.of() : sourceLines(first);
    if (checked.isPresent() && !lines.isEmpty()) {
      MarkdownBlock.TextLine head = lines.get(0);
      List<MarkdownBlock.TextLine> stripped = new ArrayList<>(lines);
      stripped.set(
          0,
          new MarkdownBlock.TextLine(
              head.text().replaceFirst("^\\s*\\[[ xX]]\\s*", ""), head.line()));
      lines = stripped;
    }
    int index = blocks.size();
    blocks.add(new MarkdownBlock.Item(parentItem, lines, checked, lineOf(item)));

    for (int i = rest.size() - 1; i >= 0; i--) {
      stack.push(new Frame(rest.get(i), index));
    }
  }

  private MarkdownBlock.Table readTable(TableBlock table) {
    List<String> header = new ArrayList<>();
    List<MarkdownBlock.Row> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        Set<Integer> struck = new HashSet<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            boolean whollyStruck = isStruck(cell);
            if (whollyStruck) {
              struck.add(cells.size());
            }
            // Struck text beside other text is retracted, as in "~~Approved~~ Rejected".
            cells.add(plainText(cell, !whollyStruck).strip());
          }
        }
        if (section instanceof TableHead) {
          header.addAll(cells);
        } else {
          rows.add(new MarkdownBlock.Row(cells, struck, lineOf(row)));
        }
      }
    }
    return new MarkdownBlock.Table(header, padded(rows, header.size()), lineOf(table));
  }

  /** Returns whether the cell contains one struck-through span and nothing else but spaces. */
  private static boolean isStruck(Node cell) {
    int spans = 0;
    for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Strikethrough) {
        spans++;
      } else if (!(child instanceof Text text) || !text.getLiteral().isBlank()) {
        return false;
      }
    }
    return spans == 1;
  }

  private static List<MarkdownBlock.Row> padded(List<MarkdownBlock.Row> rows, int width) {
    List<MarkdownBlock.Row> result = new ArrayList<>();
    for (MarkdownBlock.Row row : rows) {
      List<String> cells = new ArrayList<>(row.cells());
      while (cells.size() < width) {
        cells.add("");
      }
      result.add(new MarkdownBlock.Row(cells, row.struckCells(), row.line()));
    }
    return result;
  }

  private List<MarkdownBlock.TextLine> sourceLines(Paragraph paragraph) {
    List<MarkdownBlock.TextLine> lines = new ArrayList<>();
    for (SourceSpan span : paragraph.getSourceSpans()) {
      String line = source.line(span.getLineIndex());
      int start = Math.min(span.getColumnIndex(), line.length());
      int end = Math.min(start + span.getLength(), line.length());
      lines.add(new MarkdownBlock.TextLine(line.substring(start, end), span.getLineIndex() + 1));
    }
    return lines;
  }

  /** Collects the literal text under {@code node}, line breaks as spaces, without recursion. */
  static String plainText(Node node) {
    return plainText(node, false);
  }

  /**
   * Collects the literal text under {@code node}, without struck-through spans when {@code
   * withoutStruck}.
   */
  private static String plainText(Node node, boolean withoutStruck) {
    StringBuilder text = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
      stack.push(child);
    }
    while (!stack.isEmpty()) {
      Node current = stack.pop();
      if (current instanceof Text literal) {
        text.append(literal.getLiteral());
      } else if (current instanceof Code code) {
        text.append(code.getLiteral());
      } else if (current instanceof SoftLineBreak || current instanceof HardLineBreak) {
        text.append(' ');
      } else if (current instanceof Strikethrough && withoutStruck) {
        text.append(' ');
      } else {
        for (Node child = current.getLastChild(); child != null; child = child.getPrevious()) {
          stack.push(child);
        }
      }
    }
    return text.toString();
  }

  private static int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }
}
