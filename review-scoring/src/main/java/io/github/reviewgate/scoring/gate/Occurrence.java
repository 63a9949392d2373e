package io.github.reviewgate.scoring.gate;

import java.util.Optional;

/**
 * One occurrence a rule found, before the policy gives it a severity and waivers apply.
 *
 * @param message the user-facing message
 * @param line the 1-based line in the review file, or 0 when it concerns the whole file
 * @param subject the finding title, section title or action text a waiver's match is tested
 *     against; empty when only a waiver without a match applies
 */
record Occurrence(String message, int line, Optional<String> subject) {

  static Occurrence of(String message, int line) {
    return new Occurrence(message, line, Optional.empty());
  }

  static Occurrence about(String subject, String message, int line) {
    return new Occurrence(message, line, Optional.of(subject));
  }
}
