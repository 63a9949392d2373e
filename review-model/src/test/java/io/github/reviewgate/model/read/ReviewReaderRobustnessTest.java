package io.github.reviewgate.model.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated inputs against {@link ReviewReader#read(byte[], SourceFile)}: whatever the bytes, the
 * reader returns a review or throws a {@link ReviewReadException}, and nothing else. Any other
 * exception or error fails the test by propagating.
 */
class ReviewReaderRobustnessTest {

  private static final int RANDOM_RUNS = 400;

  private static final String YAML =
      """
      title: Checkout - Security Review
      date: 2026-03-10
      sections:
        - title: Access
          score: 9/10
          items:
            - {label: Tokens, text: expire after 15 minutes, state: done}
            - text: admin behind SSO
              state: notDone
      findings:
        - {title: Audit log gap, priority: medium}
      actions:
        - {text: Forward audit events, done: false, within: 30 days}
      signOff: {status: approved, reviewers: [Security Lead], date: 2026-03-10, nextReview: 90 days}
      """;

  private static final String JSON =
      """
      {"title": "Checkout - Security Review", "date": "2026-03-10",
       "sections": [{"title": "Access", "score": "9/10",
         "items": [{"label": "Tokens", "text": "expire", "state": "done"}]}],
       "findings": [{"title": "Audit log gap", "priority": "medium"}],
       "signOff": {"status": "approved", "date": "2026-03-10", "nextReview": "2026-06-08"}}
      """;

  private static final String MARKDOWN =
      """
      # Checkout - Security Review

      **Date**: 2026-03-10
      **Status**: ✅ APPROVED

      ### 1. Access ✅
      - [x] **Tokens**: expire after 15 minutes
      - [ ] **SSO**: admin console
      **Access Score**: 9/10

      ## Sign-Off
      **Reviewer**: Security Lead
      """;

  private final ReviewReader reader = ReviewReader.create();

  private static String valid(ReviewFormat format) {
    return switch (format) {
      case YAML -> YAML;
      case JSON -> JSON;
      case MARKDOWN -> MARKDOWN;
    };
  }

  private static SourceFile source(ReviewFormat format) {
    return new SourceFile(Path.of("review." + format.name().toLowerCase()), format);
  }

  /** Reads the bytes and returns the rejection, if any; any other throwable propagates. */
  private Optional<ReviewReadException> read(byte[] content, ReviewFormat format) {
    try {
      reader.read(content, source(format));
      return Optional.empty();
    } catch (ReviewReadException e) {
      return Optional.of(e);
    }
  }

  /** Every YAML or JSON file within the size cap is rejected at a line, even an empty one. */
  private static void assertLineWhereOneApplies(
      Optional<ReviewReadException> rejected, ReviewFormat format) {
    if (format != ReviewFormat.MARKDOWN) {
      rejected.ifPresent(e -> assertThat(e.line()).as("line of: %s", e.getMessage()).isPositive());
    }
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void validDocumentReads(ReviewFormat format) {
    assertThat(read(valid(format).getBytes(StandardCharsets.UTF_8), format)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void randomBytes(ReviewFormat format) {
    Random random = new Random(20260310L + format.ordinal());

    for (int run = 0; run < RANDOM_RUNS; run++) {
      byte[] content = new byte[random.nextInt(2_000)];
      random.nextBytes(content);

      assertLineWhereOneApplies(read(content, format), format);
    }
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void mutatedDocument(ReviewFormat format) {
    Random random = new Random(42L + format.ordinal());
    byte[] original = valid(format).getBytes(StandardCharsets.UTF_8);
    byte[] alphabet = "[]{}:,-&*!|>'\"#\n \t?%@`\\0".getBytes(StandardCharsets.UTF_8);

    for (int run = 0; run < RANDOM_RUNS; run++) {
      byte[] content = original.clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        content[random.nextInt(content.length)] = alphabet[random.nextInt(alphabet.length)];
      }

      assertLineWhereOneApplies(read(content, format), format);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ReviewFormat.class,
      names = {"YAML", "JSON"})
  void truncatedAtEveryCut(ReviewFormat format) {
    byte[] original = valid(format).getBytes(StandardCharsets.UTF_8);

    for (int cut = 1; cut < original.length; cut++) {
      Optional<ReviewReadException> rejected = read(Arrays.copyOf(original, cut), format);

      int at = cut;
      rejected.ifPresent(
          e ->
              assertThat(e.line())
                  .as("line of the error at cut %d: %s", at, e.getMessage())
                  .isPositive());
    }
  }

  @ParameterizedTest
  @EnumSource(value = ReviewFormat.class, names = "MARKDOWN")
  void truncatedMarkdownAtEveryCut(ReviewFormat format) {
    byte[] original = valid(format).getBytes(StandardCharsets.UTF_8);

    for (int cut = 0; cut < original.length; cut++) {
      read(Arrays.copyOf(original, cut), format);
    }
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void tenThousandNestedLists(ReviewFormat format) {
    String nested =
        switch (format) {
          case MARKDOWN -> "# Deep\n\n" + "- ".repeat(10_000) + "x\n";
          case YAML -> "sections: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
          case JSON -> "{\"sections\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        };

    Optional<ReviewReadException> rejected = read(nested.getBytes(StandardCharsets.UTF_8), format);

    if (format != ReviewFormat.MARKDOWN) {
      assertThat(rejected).isPresent();
      assertThat(rejected.get().line()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(value = ReviewFormat.class, names = "YAML")
  void tenThousandNestedBlockSequences(ReviewFormat format) {
    String nested = "- ".repeat(10_000) + "x\n";

    Optional<ReviewReadException> rejected = read(nested.getBytes(StandardCharsets.UTF_8), format);

    assertThat(rejected).isPresent();
    assertThat(rejected.get().line()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void fiveMegabyteLine(ReviewFormat format) {
    String filler = "a".repeat((int) ReviewReader.DEFAULT_MAX_FILE_SIZE - 64);
    String line =
        switch (format) {
          case MARKDOWN -> "# " + filler + "\n";
          case YAML -> "title: " + filler + "\n";
          case JSON -> "{\"title\": \"" + filler + "\"}";
        };

    Optional<ReviewReadException> rejected = read(line.getBytes(StandardCharsets.UTF_8), format);

    if (format == ReviewFormat.YAML) {
      assertThat(rejected).isPresent();
      assertThat(rejected.get().getMessage())
          .isEqualTo(
              "the line is 5242823 bytes long, over the limit of 65536 for YAML; break long text"
                  + " over several lines, for example as a folded block (>) (line 1)");
    } else {
      assertThat(rejected).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(ReviewFormat.class)
  void fileOverCap(ReviewFormat format) {
    byte[] content = new byte[(int) ReviewReader.DEFAULT_MAX_FILE_SIZE + 1];
    Arrays.fill(content, (byte) 'a');

    Optional<ReviewReadException> rejected = read(content, format);

    assertThat(rejected).isPresent();
    assertThat(rejected.get().getMessage())
        .isEqualTo(
            "the file is 5242881 bytes, over the limit of 5242880 bytes; split the review or raise"
                + " review.maxFileSize");
    assertThat(rejected.get().line()).isZero();
  }
}
