package io.github.reviewgate.model.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReviewReaderTest {

  private static final SourceFile YAML = new SourceFile(Path.of("review.yaml"), ReviewFormat.YAML);

  @Test
  void runtimeExceptionIsWrapped() {
    ReviewReadException e =
        catchThrowableOfType(
            ReviewReadException.class,
            () ->
                ReviewReader.guarded(
                    YAML,
                    () -> {
                      throw new IllegalStateException("boom");
                    }));

    assertThat(e.getMessage())
        .isEqualTo(
            "the yaml reader failed on this file (java.lang.IllegalStateException: boom); please"
                + " report this to the reviewgate project with the file attached");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(e.file()).isEqualTo(Path.of("review.yaml"));
  }

  @Test
  void stackOverflowIsWrapped() {
    ReviewReadException e =
        catchThrowableOfType(
            ReviewReadException.class,
            () ->
                ReviewReader.guarded(
                    YAML,
                    () -> {
                      throw new StackOverflowError();
                    }));

    assertThat(e.getMessage())
        .startsWith("the yaml reader failed on this file (java.lang.StackOverflowError)");
  }

  @Test
  void fileOverCap() {
    ReviewReadException e =
        catchThrowableOfType(
            ReviewReadException.class,
            () -> ReviewReader.create().withMaxFileSize(10).read(new byte[11], YAML));

    assertThat(e.getMessage())
        .isEqualTo(
            "the file is 11 bytes, over the limit of 10 bytes; split the review or raise"
                + " review.maxFileSize");
  }

  @Test
  void formatFromName() {
    assertThat(ReviewReader.formatOf(Path.of("a/review.YML"))).isEqualTo(ReviewFormat.YAML);
    assertThat(ReviewReader.formatOf(Path.of("review.json"))).isEqualTo(ReviewFormat.JSON);
    assertThat(ReviewReader.formatOf(Path.of("REVIEW.md"))).isEqualTo(ReviewFormat.MARKDOWN);
  }
}
