package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the review is missing, stale, unapproved or scores too low. Every error of
 * every review file is collected and reported in one failure; warnings never fail the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractGateMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    IgnoredProperties.warn(session, mojoExecution, getLog());
    if (skipped()) {
      return;
    }

    GateSettings settings = settings();
    List<GateResult> results = evaluate(settings);
    results.forEach(this::appendStepSummary);

    if (!settings.policy().failOnError()) {
      warnAboutDemotedErrors(results);
      return;
    }
    int errors = errorCount(results);
    if (errors > 0) {
      throw new MojoFailureException(failureMessage(errors, settings));
    }
  }

  private static int errorCount(List<GateResult> results) {
    int errors = 0;
    for (GateResult result : results) {
      errors += result.unwaived(Severity.ERROR).size();
    }
    return errors;
  }

  /** States that the build passes only because failOnError reported its errors as warnings. */
  private void warnAboutDemotedErrors(List<GateResult> results) {
    long demoted = 0;
    for (GateResult result : results) {
      demoted +=
          result.violations().stream()
              .filter(violation -> !violation.isWaived() && result.isDemotedError(violation))
              .count();
    }
    if (demoted > 0) {
      getLog()
          .warn(
              "Review gate found "
                  + GateSummary.plural(demoted, "error")
                  + ", reported as warnings, and passes because "
                  + ReviewProperties.FAIL_ON_ERROR
                  + " is false");
    }
  }

  /**
   * Returns the failure's message. The errors are already in the log, each once with its file and
   * line, so the message gives their count and where to look.
   */
  private static String failureMessage(int errors, GateSettings settings) {
    return "The review gate failed with "
        + GateSummary.plural(errors, "error")
        + " (listed above under \"Errors\"). Fix the review, or see the reports in "
        + settings.outputDirectory();
  }
}
