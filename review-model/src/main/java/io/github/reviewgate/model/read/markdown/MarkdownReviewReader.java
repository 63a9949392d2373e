package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ActionItem;
import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Finding;
import io.github.reviewgate.model.NextReview;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.SignOff;
import io.github.reviewgate.model.SignOffStatus;
import io.github.reviewgate.model.SourceFile;
import io.github.reviewgate.model.read.Utf8Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads reviews written in Markdown with commonmark (GFM tables, task lists, strikethrough). Never
 * throws for bad input: what it cannot read becomes a {@link ReaderNotice}.
 */
public final class MarkdownReviewReader {

  private final SourceFile source;
  private final List<ReaderNotice> notices = new ArrayList<>();
  private final Vocabulary vocabulary = Vocabulary.bundled();
  private final FieldReading reading = new FieldReading(vocabulary, notices);
  private List<MarkdownBlock> blocks;
  private Outline outline;
  private ChecklistReader checklists;

  private MarkdownReviewReader(SourceFile source) {
    this.source = source;
  }

  /** Reads the review in {@code text}, which came from {@code source}. */
  public static Review read(String text, SourceFile source) {
    return read(Utf8Text.of(text), source);
  }

  /** Reads the review in decoded {@code text}, keeping its notices about invalid UTF-8. */
  public static Review read(Utf8Text text, SourceFile source) {
    return new MarkdownReviewReader(source).read(text);
  }

  private Review read(Utf8Text text) {
    notices.addAll(text.notices());
    FrontMatter frontMatter = parse(text);
    HeaderFields header = new HeaderFields(reading);
    List<PlacedField> signOffFields = new ArrayList<>();
    List<List<PlacedField>> sectionFields = routeFields(fields(frontMatter), header, signOffFields);

    List<Section> sections =
        new SectionReader(blocks, outline, checklists, notices).read(sectionFields, reading);
    List<Finding> findings = new FindingReader(blocks, outline, vocabulary).read();
    List<ActionItem> actions = ActionReader.read(blocks, outline);
    SignOffReader.Part part = signOffPart(header, signOffFields);
    Optional<SignOffReader.Dated> signOffDate = outline.signOff() < 0 ? header.date : part.latest();
    Optional<SignOffReader.Dated> reviewDate = signOffDate.or(() -> header.date);
    SignOff signOff = signOff(header, part, signOffDate, nextReview(header, part, reviewDate));

    notices.sort(Comparator.comparingInt(ReaderNotice::line));
    return new Review(
        title(header),
        header.subject,
        header.metadata,
        reviewDate.map(SignOffReader.Dated::date),
        reviewDate.map(SignOffReader.Dated::line).orElse(0),
        header.statuses.stream().findFirst().map(SignOffReader.Stated::status),
        sections,
        findings,
        actions,
        signOff,
        header.overallScore,
        header.overallScoreLine,
        header.riskLevel,
        source,
        notices);
  }

  /** Normalises the text, splits off its front matter and parses the rest into blocks. */
  private FrontMatter parse(Utf8Text text) {
    SourceText normalised = SourceText.of(text.text());
    // Invalid bytes in another encoding would show as double encoding where there is none.
    if (text.valid()) {
      normalised.reportDoubleEncoding(notices);
    }
    FrontMatter frontMatter = FrontMatter.read(normalised, notices);

    blocks = BlockFlattener.flatten(frontMatter.body());
    checklists = new ChecklistReader(blocks, vocabulary, notices);
    outline =
        new Outline(
            blocks,
            vocabulary,
            (from, to) ->
                checklists.hasItems(from, to)
                    || SectionReader.declaresScore(blocks, from, to, reading));
    checklists.reportUnreadableMarkers();
    return frontMatter;
  }

  /**
   * Collects the key/value pairs: front matter, paragraph lines and list items that are not
   * checklist items.
   */
  private List<PlacedField> fields(FrontMatter frontMatter) {
    List<PlacedField> fields = new ArrayList<>();
    for (KeyValue field : frontMatter.fields()) {
      fields.add(new PlacedField(field, -1));
    }
    for (int i = 0; i < blocks.size(); i++) {
      MarkdownBlock block = blocks.get(i);
      List<MarkdownBlock.TextLine> lines = List.of();
      if (block instanceof MarkdownBlock.TextLine line) {
        lines = List.of(line);
      } else if (block instanceof MarkdownBlock.Item item && !checklists.isChecklistItem(item)) {
        lines = item.lines();
      }
      for (MarkdownBlock.TextLine line : lines) {
        for (KeyValue field : KeyValue.parseLine(line.text(), line.line())) {
          fields.add(new PlacedField(field, i));
        }
      }
      if (block instanceof MarkdownBlock.Table table && isFieldTable(table)) {
        for (MarkdownBlock.Row row : table.rows()) {
          String raw = row.cells().get(1);
          fields.add(
              new PlacedField(
                  new KeyValue(
                      InlineText.clean(row.cells().get(0)), InlineText.value(raw), raw, row.line()),
                  i));
        }
      }
    }
    return fields;
  }

  /** Returns whether the table is a two-column Field/Value table, such as a header table. */
  private boolean isFieldTable(MarkdownBlock.Table table) {
    return table.header().size() == 2 && StatusColumns.of(table, vocabulary).isEmpty();
  }

  /**
   * Hands each pair to the header, the sign-off part or its checklist section; returns the
   * sections' pairs, indexed by the section heading's block index.
   */
  private List<List<PlacedField>> routeFields(
      List<PlacedField> fields, HeaderFields header, List<PlacedField> signOffFields) {
    List<List<PlacedField>> sectionFields = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      sectionFields.add(null);
    }
    int headerEnd = headerEnd();
    for (PlacedField placed : fields) {
      int block = placed.block();
      int heading = block < 0 ? -1 : outline.owner(block);
      if (outline.isChecklist(heading) && block >= headerEnd) {
        if (sectionFields.get(heading) == null) {
          sectionFields.set(heading, new ArrayList<>());
        }
        sectionFields.get(heading).add(placed);
      } else if (block >= 0 && outline.inSignOff(block)) {
        signOffFields.add(placed);
      } else if (block < headerEnd) {
        header.readHeader(placed.field());
      } else {
        header.readLater(placed.field());
      }
    }
    return sectionFields;
  }

  /**
   * Returns the block where the header ends: the first checklist section's heading. When that
   * section is the title itself (a level-1 heading with items), the header ends at its first item.
   */
  private int headerEnd() {
    int first = outline.firstChecklist();
    if (first >= blocks.size() || outline.heading(first).level() > 1) {
      return first;
    }
    int end = first + 1;
    while (end < blocks.size()
        && !(blocks.get(end) instanceof MarkdownBlock.Item)
        && !(blocks.get(end) instanceof MarkdownBlock.Table)) {
      end++;
    }
    return end;
  }

  private SignOffReader.Part signOffPart(HeaderFields header, List<PlacedField> signOffFields) {
    int heading = outline.signOff();
    if (heading < 0) {
      return new SignOffReader.Part();
    }
    SignOffReader.Part part =
        new SignOffReader(blocks, reading).read(signOffFields, heading + 1, endOfPart(heading));
    for (KeyValue unmapped : part.unmappedStatuses) {
      header.metadata.add(
          new Field(unmapped.key(), unmapped.value(), unmapped.raw(), unmapped.line()));
    }
    return part;
  }

  private SignOff signOff(
      HeaderFields header,
      SignOffReader.Part part,
      Optional<SignOffReader.Dated> date,
      Optional<NextReview> nextReview) {
    List<SignOffReader.Stated> stated = new ArrayList<>(header.statuses);
    stated.addAll(header.laterStatuses);
    Optional<SignOffReader.Stated> governing = part.governing();
    if (governing.isEmpty()) {
      governing = leastFavourable(header.statuses);
    } else {
      stated.add(governing.get());
    }
    governing.ifPresent(g -> reportStatusConflict(stated, g));

    List<String> reviewers = part.reviewers.isEmpty() ? header.reviewers : part.reviewers;
    return new SignOff(
        governing.map(SignOffReader.Stated::status),
        governing.map(SignOffReader.Stated::line).orElse(0),
        List.copyOf(new LinkedHashSet<>(reviewers)),
        date.map(SignOffReader.Dated::date),
        date.map(SignOffReader.Dated::line).orElse(0),
        nextReview,
        part.conditions);
  }

  /** Resolves the sign-off part's Next Review, else the header's. */
  private Optional<NextReview> nextReview(
      HeaderFields header, SignOffReader.Part part, Optional<SignOffReader.Dated> reviewDate) {
    Optional<LocalDate> date = reviewDate.map(SignOffReader.Dated::date);
    return part.nextReview
        .or(() -> header.nextReview)
        .map(field -> new NextReviewText(reading, notices).resolve(field, date));
  }

  private int endOfPart(int heading) {
    int end = heading + 1;
    while (end < blocks.size() && outline.inSignOff(end)) {
      end++;
    }
    return end;
  }

  private static Optional<SignOffReader.Stated> leastFavourable(List<SignOffReader.Stated> all) {
    SignOffReader.Part part = new SignOffReader.Part();
    part.statuses.addAll(all);
    return part.governing();
  }

  private void reportStatusConflict(
      List<SignOffReader.Stated> stated, SignOffReader.Stated governing) {
    Set<SignOffStatus> distinct =
        stated.stream().map(SignOffReader.Stated::status).collect(Collectors.toSet());
    if (distinct.size() < 2) {
      return;
    }
    String listed =
        stated.stream()
            .map(s -> name(s.status()) + " (line " + s.line() + ")")
            .collect(Collectors.joining(", "));
    notices.add(
        ReaderNotice.warning(
            governing.line(),
            "the review states different statuses: "
                + listed
                + "; "
                + name(governing.status())
                + " on line "
                + governing.line()
                + " governs, so make the statuses agree"));
  }

  private static String name(SignOffStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private Optional<String> title(HeaderFields header) {
    for (MarkdownBlock block : blocks) {
      if (block instanceof MarkdownBlock.Heading heading && heading.level() == 1) {
        return Optional.of(InlineText.clean(heading.text()));
      }
    }
    return header.title;
  }
}
