package io.github.reviewgate.model.read.structured;

import java.util.HashMap;
import java.util.Map;

/**
 * The 1-based lines of a document's keys and list elements, by path such as {@code sections[2]} or
 * {@code sections[2].score}. Paths never seen have line 0.
 */
final class SourceLines {

  private final Map<String, Integer> lines = new HashMap<>();

  void put(String path, int line) {
    lines.putIfAbsent(path, line);
  }

  int of(String path) {
    return lines.getOrDefault(path, 0);
  }
}
