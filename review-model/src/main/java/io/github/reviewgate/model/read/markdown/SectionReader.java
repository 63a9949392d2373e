package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.ChecklistItem;
import io.github.reviewgate.model.ReaderNotice;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.model.read.ScoreText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads checklist sections: the heading's number, title and status mark, its items, and the score
 * and weight it declares by position, in a score line or in the heading such as {@code (36/40)}.
 */
final class SectionReader {

  private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)");

  private final List<MarkdownBlock> blocks;
  private final Outline outline;
  private final ChecklistReader checklists;
  private final List<ReaderNotice> notices;

  SectionReader(
      List<MarkdownBlock> blocks,
      Outline outline,
      ChecklistReader checklists,
      List<ReaderNotice> notices) {
    this.blocks = blocks;
    this.outline = outline;
    this.checklists = checklists;
    this.notices = notices;
  }

  /**
   * Reads every checklist section; {@code fields} contains each section's pairs by heading index.
   */
  List<Section> read(List<List<PlacedField>> fields, FieldReading reading) {
    List<Section> sections = new ArrayList<>();
    for (int h = 0; h < blocks.size(); h++) {
      if (outline.isChecklist(h)) {
        List<PlacedField> own = fields.get(h) == null ? List.of() : fields.get(h);
        sections.add(read(h, own, reading));
      }
    }
    return sections;
  }

  /**
   * Returns whether a heading that has no checklist items still opens a section, because it
   * declares a score in its text or in its own content. Level-1 headings never do, because header
   * fields under the title may include a score.
   *
   * @param from the block after the heading
   * @param to the end (exclusive) of the heading's own content
   */
  static boolean declaresScore(List<MarkdownBlock> blocks, int from, int to, FieldReading reading) {
    if (!(blocks.get(from - 1) instanceof MarkdownBlock.Heading heading) || heading.level() < 2) {
      return false;
    }
    if (headingScore(heading.text()).isPresent()) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (blocks.get(i) instanceof MarkdownBlock.TextLine line) {
        for (KeyValue field : KeyValue.parseLine(line.text(), line.line())) {
          if (reading.kind(field).orElse(null) == FieldKind.SCORE
              && ScoreText.find(field.value()).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Finds a parenthesised score in a heading, such as {@code (36/40)}. */
  private static Optional<MatchResult> headingScore(String text) {
    Matcher parenthesised = PARENTHESISED.matcher(text);
    while (parenthesised.find()) {
      if (ScoreText.find(parenthesised.group(1)).isPresent()) {
        return Optional.of(parenthesised.toMatchResult());
      }
    }
    return Optional.empty();
  }

  private Section read(int h, List<PlacedField> fields, FieldReading reading) {
    MarkdownBlock.Heading heading = outline.heading(h);
    String text = heading.text();
    Optional<Score> score = Optional.empty();
    int scoreLine = 0;
    Optional<MatchResult> inHeading = headingScore(text);
    if (inHeading.isPresent()) {
      score = ScoreText.find(inHeading.get().group(1));
      scoreLine = heading.line();
      text = text.substring(0, inHeading.get().start()) + text.substring(inHeading.get().end());
    }
    HeadingText parsed = HeadingText.parse(text.strip());

    BigDecimal weight = BigDecimal.ONE;
    for (PlacedField placed : fields) {
      KeyValue field = placed.field();
      Optional<FieldKind> kind = reading.kind(field);
      if (kind.orElse(null) == FieldKind.SCORE) {
        Optional<Score> found = ScoreText.find(field.value());
        if (found.isEmpty()) {
          reportNoScore(field, parsed.title(), reading);
        } else if (score.isEmpty()) {
          score = found;
          scoreLine = field.line();
        } else {
          notices.add(
              ReaderNotice.warning(
                  field.line(),
                  "section '"
                      + parsed.title()
                      + "' already declares the score "
                      + score.get().text()
                      + " on line "
                      + scoreLine
                      + ", so "
                      + found.get().text()
                      + " is ignored; keep one score line per section"));
        }
      } else if (kind.orElse(null) == FieldKind.WEIGHT) {
        weight = weight(field).orElse(weight);
      }
    }

    List<ChecklistItem> items = checklists.read(h + 1, outline.ownEnd(h));
    return new Section(
        parsed.title(),
        parsed.number(),
        parsed.status(),
        items,
        score,
        scoreLine,
        weight,
        heading.line());
  }

  /**
   * Warns that a score line's value looks like a score but is none, such as {@code 19/10}, {@code
   * N/A} or {@code ten}. Prose such as {@code see below} is left alone, because some score keys
   * (the German "Note") are also ordinary words.
   */
  private void reportNoScore(KeyValue field, String title, FieldReading reading) {
    String value = field.value();
    boolean scoreLike = value.chars().anyMatch(Character::isDigit) || !value.contains(" ");
    if (value.isEmpty() || !scoreLike || reading.isPlaceholder(field)) {
      return;
    }
    notices.add(
        ReaderNotice.warning(
            field.line(),
            "the score '"
                + field.value()
                + "' of section \""
                + title
                + "\" is not a score within its scale, so the section has no declared score;"
                + " write it as 9.5/10, 4/5 or 85%"));
  }

  private Optional<BigDecimal> weight(KeyValue field) {
    try {
      BigDecimal weight = new BigDecimal(field.value().replace(',', '.'));
      if (weight.signum() > 0) {
        return Optional.of(weight);
      }
    } catch (NumberFormatException e) {
      // Reported below, like a weight that is not positive.
    }
    notices.add(
        ReaderNotice.warning(
            field.line(),
            "the weight '" + field.value() + "' is not a positive number, so the weight stays 1"));
    return Optional.empty();
  }
}
