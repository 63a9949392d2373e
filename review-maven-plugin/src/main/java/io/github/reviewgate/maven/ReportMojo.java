package io.github.reviewgate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the review reports and logs the summary without failing the build, whatever the verdict.
 * Takes the same parameters as {@code check}; only an invalid parameter or a report that cannot be
 * written fails the build.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractGateMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    evaluate(settings());
  }
}
