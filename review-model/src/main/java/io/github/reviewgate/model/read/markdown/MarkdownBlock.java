package io.github.reviewgate.model.read.markdown;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One block of a review in document order, flattened from the commonmark tree so that the reader
 * never recurses over the document's nesting.
 */
sealed interface MarkdownBlock {

  /** Returns the block's 1-based source line. */
  int line();

  /** A heading, with its plain text. */
  record Heading(int level, String text, int line) implements MarkdownBlock {}

  /** One source line of a paragraph outside a list item's first paragraph. */
  record TextLine(String text, int line) implements MarkdownBlock {}

  /**
   * A list item.
   *
   * @param parent the block index of the list item this one is nested in, or -1
   * @param lines the source lines of its first paragraph, task marker removed
   * @param checked whether its task marker is ticked; empty when it has no task marker
   * @param line the 1-based line of the item
   */
  record Item(int parent, List<TextLine> lines, Optional<Boolean> checked, int line)
      implements MarkdownBlock {

    public Item {
      lines = List.copyOf(lines);
    }

    /** Returns the first paragraph's source lines joined by spaces. */
    String text() {
      StringBuilder joined = new StringBuilder();
      for (TextLine textLine : lines) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(textLine.text().strip());
      }
      return joined.toString();
    }
  }

  /** A table; rows shorter than the header are padded with empty cells. */
  record Table(List<String> header, List<Row> rows, int line) implements MarkdownBlock {

    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /**
   * A table body row.
   *
   * @param cells the cells' plain text, padded to the header's width
   * @param struckCells the indexes of cells whose whole content is struck through
   * @param line the row's line
   */
  record Row(List<String> cells, Set<Integer> struckCells, int line) {

    public Row {
      cells = List.copyOf(cells);
      struckCells = Set.copyOf(struckCells);
    }

    boolean isStruck(int column) {
      return struckCells.contains(column);
    }
  }
}
