package io.github.reviewgate.model.read.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one language's vocabulary resource: lines of {@code category.NAME = word | word}, where
 * {@code .NAME} is optional, blank lines and lines starting with {@code #} are skipped, and a
 * category may appear on several lines.
 */
final class VocabularyFile {

  private static final String FOLDER = "vocabulary/";

  /** One word of a category, with the file and line it came from. */
  record Entry(String category, String name, String word, String source) {}

  private VocabularyFile() {}

  /**
   * Reads the resource of {@code language}.
   *
   * @throws IllegalStateException when the resource is missing or a line is malformed
   */
  static List<Entry> read(String language) {
    String resource = FOLDER + language + ".txt";
    try (InputStream in = VocabularyFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary resource not found: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(resource, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary resource " + resource, e);
    }
  }

  static List<Entry> parse(String resource, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }

      String source = resource + ":" + (i + 1);
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new IllegalStateException(source + ": expected 'category.NAME = word | word'");
      }
      String key = line.substring(0, equals).strip();
      int dot = key.indexOf('.');
      String category = dot < 0 ? key : key.substring(0, dot);
      String name = dot < 0 ? "" : key.substring(dot + 1);

      for (String word : line.substring(equals + 1).split("\\|")) {
        if (!word.isBlank()) {
          entries.add(new Entry(category, name, word.strip(), source));
        }
      }
    }
    return entries;
  }
}
