package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.SignOffStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the sign-off part: status, date, reviewer, next review and conditions fields in any
 * header-field form, tables of approvers, and checkbox items naming approvers.
 */
final class SignOffReader {

  /** A status stated at a line. */
  record Stated(SignOffStatus status, int line) {}

  /** A date stated at a line. */
  record Dated(LocalDate date, int line) {}

  /** The statuses, dates, reviewers, next review and conditions stated in the sign-off part. */
  static final class Part {
    final List<Stated> statuses = new ArrayList<>();
    final List<Dated> dates = new ArrayList<>();
    final List<String> reviewers = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<KeyValue> unmappedStatuses = new ArrayList<>();
    Optional<KeyValue> nextReview = Optional.empty();

    /** Returns the least favourable status and the first line that states it. */
    Optional<Stated> governing() {
      Optional<Stated> worst = Optional.empty();
      for (Stated stated : statuses) {
        if (worst.isEmpty()
            || stated.status().leastFavourable(worst.get().status()) != worst.get().status()) {
          worst = Optional.of(stated);
        }
      }
      return worst;
    }

    /** Returns the latest date and its line. */
    Optional<Dated> latest() {
      Optional<Dated> latest = Optional.empty();
      for (Dated dated : dates) {
        if (latest.isEmpty() || dated.date().isAfter(latest.get().date())) {
          latest = Optional.of(dated);
        }
      }
      return latest;
    }
  }

  private final List<MarkdownBlock> blocks;
  private final FieldReading reading;

  SignOffReader(List<MarkdownBlock> blocks, FieldReading reading) {
    this.blocks = blocks;
    this.reading = reading;
  }

  /**
   * Reads the part's fields (each with the block it came from) and its blocks {@code from}
   * (inclusive) to {@code to}.
   */
  Part read(List<PlacedField> fields, int from, int to) {
    Part part = new Part();
    for (PlacedField placed : fields) {
      readField(part, placed);
    }
    for (int i = from; i < to; i++) {
      MarkdownBlock block = blocks.get(i);
      if (block instanceof MarkdownBlock.Table table) {
        readApprovers(part, table);
      } else if (block instanceof MarkdownBlock.Item item && item.checked().isPresent()) {
        boolean signed = item.checked().get();
        part.statuses.add(
            new Stated(signed ? SignOffStatus.APPROVED : SignOffStatus.PENDING, item.line()));
        part.reviewers.add(InlineText.clean(item.text()));
      }
    }
    return part;
  }

  private void readField(Part part, PlacedField placed) {
    KeyValue field = placed.field();
    Optional<FieldKind> kind = reading.kind(field);
    if (kind.isEmpty()) {
      return;
    }
    if (kind.get() == FieldKind.CONDITIONS) {
      if (!field.value().isEmpty()) {
        part.conditions.add(field.value());
      }
      part.conditions.addAll(listAfter(placed.block()));
      return;
    }
    if (reading.isPlaceholder(field)) {
      return;
    }
    switch (kind.get()) {
      case STATUS ->
          reading
              .vocabulary()
              .signOffStatus(field.value())
              .ifPresentOrElse(
                  status -> part.statuses.add(new Stated(status, field.line())),
                  () -> part.unmappedStatuses.add(field));
      case DATE ->
          reading.statedDate(field).ifPresent(d -> part.dates.add(new Dated(d, field.line())));
      case REVIEWER -> part.reviewers.addAll(names(field.value()));
      case NEXT_REVIEW -> {
        if (part.nextReview.isEmpty()) {
          part.nextReview = Optional.of(field);
        }
      }
      default -> {}
    }
  }

  /** Returns the top-level items of the list that directly follows block {@code index}. */
  private List<String> listAfter(int index) {
    List<String> items = new ArrayList<>();
    int start = index + 1;
    for (int i = start; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof MarkdownBlock.Item item)) {
        break;
      }
      if (item.parent() < start) {
        items.add(InlineText.clean(item.text()));
      }
    }
    return items;
  }

  private void readApprovers(Part part, MarkdownBlock.Table table) {
    int status = -1;
    int date = -1;
    int name = -1;
    List<String> header = table.header();
    for (int c = 0; c < header.size(); c++) {
      Optional<FieldKind> kind =
          reading.kind(new KeyValue(header.get(c), header.get(c), header.get(c), table.line()));
      if (status < 0 && (kind.orElse(null) == FieldKind.STATUS || columnHasStatus(table, c))) {
        status = c;
      } else if (date < 0 && kind.orElse(null) == FieldKind.DATE) {
        date = c;
      } else if (name < 0
          && (kind.orElse(null) == FieldKind.REVIEWER || Words.key(header.get(c)).equals("name"))) {
        name = c;
      }
    }
    if (status < 0) {
      return;
    }
    if (name < 0) {
      name = status == 0 ? Math.min(1, header.size() - 1) : 0;
    }
    for (MarkdownBlock.Row row : table.rows()) {
      String cell = InlineText.clean(row.cells().get(status));
      reading
          .vocabulary()
          .signOffStatus(cell)
          .ifPresent(s -> part.statuses.add(new Stated(s, row.line())));
      if (date >= 0 && !row.cells().get(date).isBlank()) {
        reading
            .date(row.cells().get(date), header.get(date), row.line())
            .ifPresent(d -> part.dates.add(new Dated(d, row.line())));
      }
      String reviewer = InlineText.clean(row.cells().get(name));
      if (!reviewer.isEmpty()) {
        part.reviewers.add(reviewer);
      }
    }
  }

  private boolean columnHasStatus(MarkdownBlock.Table table, int column) {
    for (MarkdownBlock.Row row : table.rows()) {
      String cell = InlineText.clean(row.cells().get(column));
      if (!cell.isEmpty() && reading.vocabulary().signOffStatus(cell).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Splits a list of names written with commas, semicolons or the ideographic comma. */
  static List<String> names(String value) {
    List<String> names = new ArrayList<>();
    for (String name : value.split("[,;、，]")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
