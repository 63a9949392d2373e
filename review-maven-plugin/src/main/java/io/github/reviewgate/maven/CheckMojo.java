package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Violation;
import java.util.ArrayList;
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
    if (skipped()) {
      return;
    }

    GateSettings settings = settings();
    List<GateResult> results = evaluate(settings);

    List<String> errors = errors(results);
    if (errors.isEmpty()) {
      return;
    }
    if (!settings.policy().failOnError()) {
      getLog()
          .warn(
              "Review gate found "
                  + GateSummary.plural(errors.size(), "error")
                  + " but passes because "
                  + ReviewProperties.FAIL_ON_ERROR
                  + " is false");
      return;
    }
    throw new MojoFailureException(failureMessage(errors, settings));
  }

  private static List<String> errors(List<GateResult> results) {
    List<String> errors = new ArrayList<>();
    for (GateResult result : results) {
      for (Violation violation : result.unwaived(Severity.ERROR)) {
        errors.add(GateSummary.describe(result.file(), violation));
      }
    }
    return errors;
  }

  private static String failureMessage(List<String> errors, GateSettings settings) {
    StringBuilder message =
        new StringBuilder("The review gate failed with ")
            .append(GateSummary.plural(errors.size(), "error"))
            .append(':');
    for (String error : errors) {
      message.append(System.lineSeparator()).append("  ").append(error);
    }
    message
        .append(System.lineSeparator())
        .append("Fix the review, or see the reports in ")
        .append(settings.outputDirectory());
    return message.toString();
  }
}
