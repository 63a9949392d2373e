package io.github.reviewgate.model.read.markdown;

import io.github.reviewgate.model.Field;
import io.github.reviewgate.model.Score;
import io.github.reviewgate.model.read.ScoreText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The key/value pairs outside checklist sections and the sign-off part: the header (front matter
 * and the pairs before the first checklist section) and the pairs after it, which may declare the
 * overall score, the risk level or a status.
 */
final class HeaderFields {

  final List<Field> metadata = new ArrayList<>();
  final List<SignOffReader.Stated> statuses = new ArrayList<>();
  final List<SignOffReader.Stated> laterStatuses = new ArrayList<>();
  final List<String> reviewers = new ArrayList<>();
  Optional<String> title = Optional.empty();
  Optional<String> subject = Optional.empty();
  Optional<SignOffReader.Dated> date = Optional.empty();
  Optional<KeyValue> nextReview = Optional.empty();
  Optional<Score> overallScore = Optional.empty();
  int overallScoreLine;
  Optional<String> riskLevel = Optional.empty();

  private final FieldReading reading;

  HeaderFields(FieldReading reading) {
    this.reading = reading;
  }

  /** Reads a pair of the header. */
  void readHeader(KeyValue field) {
    Optional<FieldKind> kind = reading.kind(field);
    if (reading.isPlaceholder(field)) {
      return;
    }
    if (kind.isEmpty()) {
      metadata.add(metadataOf(field));
      return;
    }
    switch (kind.get()) {
      case TITLE -> title = title.or(() -> Optional.of(field.value()));
      case SUBJECT -> subject = subject.or(() -> Optional.of(field.value()));
      case DATE -> {
        if (date.isEmpty()) {
          date = reading.statedDate(field).map(d -> new SignOffReader.Dated(d, field.line()));
        }
      }
      case REVIEWER -> reviewers.addAll(SignOffReader.names(field.value()));
      case STATUS -> readStatus(field, statuses);
      case NEXT_REVIEW -> nextReview = nextReview.or(() -> Optional.of(field));
      case OVERALL_SCORE, RISK -> readLater(field);
      default -> metadata.add(metadataOf(field));
    }
  }

  /** Reads a pair after the header: only overall score, risk level and status count there. */
  void readLater(KeyValue field) {
    Optional<FieldKind> kind = reading.kind(field);
    if (kind.isEmpty()) {
      return;
    }
    switch (kind.get()) {
      case OVERALL_SCORE -> {
        Optional<Score> score = ScoreText.find(field.value());
        if (overallScore.isEmpty() && score.isPresent()) {
          overallScore = score;
          overallScoreLine = field.line();
        }
      }
      case RISK -> {
        if (riskLevel.isEmpty() && !reading.isPlaceholder(field) && !field.value().isEmpty()) {
          riskLevel = Optional.of(field.value());
        }
      }
      case STATUS -> {
        if (!reading.isPlaceholder(field)) {
          readStatus(field, laterStatuses);
        }
      }
      case NEXT_REVIEW -> nextReview = nextReview.or(() -> Optional.of(field));
      default -> {}
    }
  }

  private void readStatus(KeyValue field, List<SignOffReader.Stated> into) {
    reading
        .vocabulary()
        .signOffStatus(field.value())
        .ifPresentOrElse(
            status -> into.add(new SignOffReader.Stated(status, field.line())),
            () -> metadata.add(metadataOf(field)));
  }

  private static Field metadataOf(KeyValue field) {
    return new Field(field.key(), field.value(), field.raw(), field.line());
  }
}
