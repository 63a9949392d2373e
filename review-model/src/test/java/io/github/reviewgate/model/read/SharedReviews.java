package io.github.reviewgate.model.read;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared review documents that live beside the repository, not in it, as in a user's own clone
 * where they are absent.
 */
public final class SharedReviews {

  private SharedReviews() {}

  /** Returns the folder of shared reviews, which may not exist. */
  public static Path folder() {
    return Path.of(System.getProperty("reviewgate.shared", "../shared")).resolve("reviews");
  }

  /** Returns the shared review {@code name}, skipping the test when it is absent. */
  public static Path file(String name) {
    Path file = folder().resolve(name);
    assumeTrue(Files.isRegularFile(file), "../shared is absent: " + file + " not found");
    return file;
  }

  /**
   * Returns the sections the scoring counts: when any section declares a score, those that declare
   * one; otherwise every checklist section.
   */
  public static List<Section> scoredSections(Review review) {
    List<Section> declared =
        review.sections().stream().filter(s -> s.declaredScore().isPresent()).toList();
    return declared.isEmpty() ? review.sections() : declared;
  }
}
