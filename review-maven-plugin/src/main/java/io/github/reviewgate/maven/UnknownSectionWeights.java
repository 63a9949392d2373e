package io.github.reviewgate.maven;

import io.github.reviewgate.model.Review;
import io.github.reviewgate.model.Section;
import io.github.reviewgate.scoring.gate.GateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the {@code sectionWeights} titles that name no section of a review: a misspelt title would
 * otherwise leave the section at its own weight without a word, whereas a misspelt rule id fails
 * the build.
 */
final class UnknownSectionWeights {

  private UnknownSectionWeights() {}

  /** Returns one warning for each weighted title that no section of the result's review has. */
  static List<String> warnings(GateResult result) {
    List<String> warnings = new ArrayList<>();
    if (result.review().isEmpty()) {
      return warnings;
    }
    Review review = result.review().get();
    List<String> titles = review.sections().stream().map(Section::title).toList();
    for (String weighted : new TreeSet<>(result.policy().scoring().sectionWeights().keySet())) {
      if (titles.stream().noneMatch(weighted::equalsIgnoreCase)) {
        warnings.add(warning(result, weighted, titles));
      }
    }
    return warnings;
  }

  private static String warning(GateResult result, String weighted, List<String> titles) {
    String sections =
        titles.isEmpty()
            ? "it has no sections"
            : "its sections are \"" + String.join("\", \"", titles) + "\"";
    return result.file()
        + ": sectionWeights names the section \""
        + weighted
        + "\", which this review does not have; "
        + sections
        + ". Correct the title (write an underscore for each space) or remove the weight.";
  }
}
