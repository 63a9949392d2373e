package io.github.reviewgate.scoring.gate;

import io.github.reviewgate.model.ReaderNotice;
import java.util.List;

/**
 * {@code reader} for the reader's warnings (placeholders, conflicting marks, unreadable markers),
 * and {@code unreadable} for its errors (such as an ambiguous date): one occurrence per notice.
 */
final class ReaderRule implements GateRule {

  private final String id;
  private final ReaderNotice.Severity severity;

  private ReaderRule(String id, ReaderNotice.Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  static ReaderRule warnings() {
    return new ReaderRule(RuleIds.READER, ReaderNotice.Severity.WARNING);
  }

  static ReaderRule errors() {
    return new ReaderRule(RuleIds.UNREADABLE, ReaderNotice.Severity.ERROR);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<Occurrence> check(GateContext context) {
    return context.review().notices().stream()
        .filter(notice -> notice.severity() == severity)
        .map(
            notice ->
                Occurrence.about(
                    notice.message(),
                    context.at(notice.line()) + Messages.sentence(notice.message()),
                    notice.line()))
        .toList();
  }
}
