package io.github.reviewgate.model.read.structured;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/** Writes paths into a review document the way messages show them: {@code sections[2].score}. */
final class PathText {

  /** Paths deeper than this show their first segments and an ellipsis, so messages stay short. */
  private static final int MAX_SEGMENTS = 8;

  private PathText() {}

  /** Returns the full path of the parser's current position. */
  static String of(TokenStreamContext context) {
    return join(segments(context), Integer.MAX_VALUE);
  }

  /** Returns the path of the parser's current position, shortened for a message. */
  static String forMessage(TokenStreamContext context) {
    return join(segments(context), MAX_SEGMENTS);
  }

  private static List<String> segments(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.currentName() != null) {
        segments.addFirst("." + at.currentName());
      } else if (at.inArray() && at.getCurrentIndex() >= 0) {
        segments.addFirst("[" + at.getCurrentIndex() + "]");
      }
    }
    return List.copyOf(segments);
  }

  /** Returns the full path that databind recorded in an exception. */
  static String of(List<JacksonException.Reference> references) {
    return join(segments(references), Integer.MAX_VALUE);
  }

  /** Returns the path that databind recorded in an exception, shortened for a message. */
  static String forMessage(List<JacksonException.Reference> references) {
    return join(segments(references), MAX_SEGMENTS);
  }

  private static List<String> segments(List<JacksonException.Reference> references) {
    return references.stream()
        .map(
            reference ->
                reference.getPropertyName() != null
                    ? "." + reference.getPropertyName()
                    : "[" + reference.getIndex() + "]")
        .toList();
  }

  private static String join(List<String> segments, int limit) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < segments.size() && i < limit; i++) {
      path.append(segments.get(i));
    }
    if (segments.size() > limit) {
      path.append("...");
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }
}
