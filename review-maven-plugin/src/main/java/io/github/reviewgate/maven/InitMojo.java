package io.github.reviewgate.maven;

import io.github.reviewgate.model.ReviewFormat;
import io.github.reviewgate.model.read.ReviewReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new review document to fill in: a checklist in the Markdown form the gate reads, dated
 * today (or {@code review.asOf}) with the next review date set {@code maxAgeDays} later. A new
 * review is pending sign-off and has nothing checked, so {@code check} fails on it until it is
 * filled in and approved. Refuses to overwrite an existing file unless {@code review.force} is set.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

  /**
   * The review file to write, in Markdown: a {@code .yaml}, {@code .yml} or {@code .json} name is
   * rejected, because the gate would read that file as YAML or JSON. A relative path resolves
   * against the project's directory. Default: <code>${project.basedir}/REVIEW.md</code>.
   */
  @Parameter(property = ReviewProperties.FILE, defaultValue = "${project.basedir}/REVIEW.md")
  File reviewFile;

  /** The review's title. Default: <code>${project.name} - Security Review</code>. */
  @Parameter(property = ReviewProperties.TITLE, defaultValue = "${project.name} - Security Review")
  String title;

  /**
   * The review date, as an ISO date such as {@code 2026-03-01}. Default: today in {@code timeZone}.
   */
  @Parameter(property = ReviewProperties.AS_OF)
  String asOf;

  /**
   * The time zone that decides which day is today, such as {@code UTC}. Default: the JVM's default
   * time zone.
   */
  @Parameter(property = ReviewProperties.TIME_ZONE)
  String timeZone;

  /** Days from the review date to the next review date it states. Unit: days. Default: 90. */
  @Parameter(property = ReviewProperties.MAX_AGE_DAYS, defaultValue = "90")
  int maxAgeDays;

  /** Overwrites an existing review file. Default: {@code false}. */
  @Parameter(property = ReviewProperties.FORCE, defaultValue = "false")
  boolean force;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /** The clock that gives today's date; replaced in tests. */
  Clock clock = Clock.systemDefaultZone();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    IgnoredProperties.warn(session, mojoExecution, getLog());
    Path file = GateSettings.resolve(basedir.toPath(), reviewFile);
    requireMarkdownName(file);
    if (Files.exists(file) && !force) {
      throw new MojoFailureException(
          file
              + " already exists; edit it, or set "
              + ReviewProperties.FORCE
              + "=true to replace it with a new review");
    }
    if (maxAgeDays < 0) {
      throw new MojoFailureException(
          "Invalid "
              + ReviewProperties.MAX_AGE_DAYS
              + " '"
              + maxAgeDays
              + "': expected 0 or more days");
    }

    EvaluationDate date;
    try {
      date = EvaluationDate.resolve(asOf, timeZone, clock);
    } catch (ParameterException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }

    try {
      String review = ReviewTemplate.render(title, date.date(), maxAgeDays);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, review, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the review " + file + ": " + e.getMessage(), e);
    }
    getLog()
        .info(
            "Wrote a new review dated "
                + date.date()
                + " to "
                + file
                + "; fill in the checklist and the sign-off before the gate runs");
  }

  /**
   * Rejects a YAML or JSON file name: the gate reads such a file as YAML or JSON, so the Markdown
   * that init writes would fail there as unreadable.
   */
  private static void requireMarkdownName(Path file) throws MojoFailureException {
    ReviewFormat format = ReviewReader.formatOf(file);
    if (format != ReviewFormat.MARKDOWN) {
      throw new MojoFailureException(
          "Cannot write a new review to "
              + file
              + ": init writes Markdown, but the gate reads a file of this name as "
              + format.name()
              + ". Name the file with .md, such as -D"
              + ReviewProperties.FILE
              + "=REVIEW.md");
    }
  }
}
