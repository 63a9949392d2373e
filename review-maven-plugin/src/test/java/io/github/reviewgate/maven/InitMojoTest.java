package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitMojoTest {

  @TempDir Path basedir;

  private InitMojo mojo() {
    InitMojo mojo = new InitMojo();
    mojo.basedir = basedir.toFile();
    mojo.reviewFile = new File("docs/REVIEW.md");
    mojo.title = "Parcel Tracker - Security Review";
    mojo.maxAgeDays = 90;
    mojo.clock = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);
    return mojo;
  }

  @Test
  void writesReviewDatedToday() throws Exception {
    mojo().execute();

    String review = Files.readString(basedir.resolve("docs/REVIEW.md"));
    assertThat(review).startsWith("# Parcel Tracker - Security Review\n");
    assertThat(review).contains("**Date**: 2026-03-01");
    assertThat(review).contains("**Next Review**: 2026-05-30 (90 days)");
  }

  @Test
  void todayFollowsTimeZone() throws Exception {
    InitMojo mojo = mojo();
    mojo.timeZone = "Asia/Tokyo";
    mojo.maxAgeDays = 30;

    mojo.execute();

    String review = Files.readString(basedir.resolve("docs/REVIEW.md"));
    assertThat(review).contains("**Date**: 2026-03-02");
    assertThat(review).contains("**Next Review**: 2026-04-01 (30 days)");
  }

  @Test
  void asOfSetsReviewDate() throws Exception {
    InitMojo mojo = mojo();
    mojo.asOf = "2026-12-04";

    mojo.execute();

    assertThat(Files.readString(basedir.resolve("docs/REVIEW.md")))
        .contains("**Date**: 2026-12-04", "**Next Review**: 2027-03-04 (90 days)");
  }

  @Test
  void existingFileKeptWithoutForce() throws IOException {
    Path existing = basedir.resolve("docs/REVIEW.md");
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "# Mine\n");

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            existing
                + " already exists; edit it, or set review.force=true to replace it with a new"
                + " review");
    assertThat(Files.readString(existing)).isEqualTo("# Mine\n");
  }

  @Test
  void forceReplacesExistingFile() throws Exception {
    Path existing = basedir.resolve("docs/REVIEW.md");
    Files.createDirectories(existing.getParent());
    Files.writeString(existing, "# Mine\n");
    InitMojo mojo = mojo();
    mojo.force = true;

    mojo.execute();

    assertThat(Files.readString(existing)).startsWith("# Parcel Tracker - Security Review\n");
  }

  @Test
  void yamlOrJsonNameRefused() {
    for (String name : List.of("docs/review.yaml", "docs/review.YML", "docs/review.json")) {
      InitMojo mojo = mojo();
      mojo.reviewFile = new File(name);
      Path file = basedir.resolve(name);
      String format = name.endsWith("json") ? "JSON" : "YAML";

      assertThatThrownBy(mojo::execute)
          .isInstanceOf(MojoFailureException.class)
          .hasMessage(
              "Cannot write a new review to "
                  + file
                  + ": init writes Markdown, but the gate reads a file of this name as "
                  + format
                  + ". Name the file with .md, such as -Dreview.file=REVIEW.md");
      assertThat(file).doesNotExist();
    }
  }

  @Test
  void badAsOfRejected() {
    InitMojo mojo = mojo();
    mojo.asOf = "March 1";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Invalid review.asOf 'March 1': expected an ISO date such as 2026-03-01");
  }
}
