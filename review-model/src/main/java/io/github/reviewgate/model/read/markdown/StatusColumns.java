package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ItemState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a checklist table: a status column (Status, Result, Pass/Fail …), or answer
 * columns such as Yes and No where a mark such as {@code X} gives the answer, and the column that
 * contains each row's text.
 *
 * @param statusColumn the status column, or -1 when the table uses answer columns
 * @param answerColumns the answer columns and the state each stands for
 * @param textColumn the column whose cell is the item's text
 */
record StatusColumns(int statusColumn, List<Answer> answerColumns, int textColumn) {

  /** Headers of columns that number the rows rather than describe them. */
  private static final Set<String> ID_HEADERS = Set.of("#", "id", "no", "no.", "nr", "ref", "n°");

  /** An answer column and the state a mark in it stands for. */
  record Answer(int column, ItemState state) {}

  StatusColumns {
    answerColumns = List.copyOf(answerColumns);
  }

  /** Finds the status or answer columns of {@code table}; empty when it is not a checklist. */
  static Optional<StatusColumns> of(MarkdownBlock.Table table, Vocabulary vocabulary) {
    List<String> header = table.header();
    int status = -1;
    for (int c = 0; c < header.size() && status < 0; c++) {
      String name = header.get(c);
      if (vocabulary.isStatusColumn(name)) {
        status = c;
      }
    }
    List<Answer> answers = new ArrayList<>();
    if (status < 0) {
      for (int c = 0; c < header.size(); c++) {
        int column = c;
        vocabulary
            .answerColumn(header.get(c))
            .ifPresent(state -> answers.add(new Answer(column, state)));
      }
      boolean yes = answers.stream().anyMatch(a -> a.state() == ItemState.DONE);
      boolean no = answers.stream().anyMatch(a -> a.state() == ItemState.NOT_DONE);
      if (!yes || !no) {
        return Optional.empty();
      }
    }
    return Optional.of(new StatusColumns(status, answers, textColumn(header, status, answers)));
  }

  private static int textColumn(List<String> header, int status, List<Answer> answers) {
    for (int c = 0; c < header.size(); c++) {
      int column = c;
      boolean answer = answers.stream().anyMatch(a -> a.column() == column);
      String name = header.get(c).strip().toLowerCase(java.util.Locale.ROOT);
      if (c != status && !answer && name.length() > 1 && !ID_HEADERS.contains(name)) {
        return c;
      }
    }
    return 0;
  }

  /** Returns the row's raw marker: its status cell, or the header of its marked answer column. */
  String marker(MarkdownBlock.Row row) {
    if (statusColumn >= 0) {
      return row.cells().get(statusColumn);
    }
    for (Answer answer : answerColumns) {
      if (!row.cells().get(answer.column()).isBlank()) {
        return row.cells().get(answer.column());
      }
    }
    return "";
  }

  /** Returns the row's state; empty when its status word is not known. */
  Optional<ItemState> state(MarkdownBlock.Row row, Function<String, Optional<ItemState>> words) {
    if (statusColumn < 0) {
      for (Answer answer : answerColumns) {
        if (!row.cells().get(answer.column()).isBlank()) {
          return Optional.of(answer.state());
        }
      }
      return Optional.of(ItemState.NOT_DONE);
    }
    String cell = row.cells().get(statusColumn).replace("**", "").strip();
    if (cell.isEmpty()) {
      return Optional.of(ItemState.NOT_DONE);
    }
    Optional<ItemState> whole = words.apply(cell);
    if (whole.isPresent()) {
      return whole;
    }
    return words.apply(cell.split("\\s+")[0]);
  }
}
