package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.report.ReportFormat;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Writes the review reports and logs the summary without failing the build, whatever the verdict.
 * Takes the same parameters as {@code check}; only an invalid parameter or a report that cannot be
 * written fails the build.
 *
 * <p>Declared in the POM's {@code <reporting>} section, it also adds a "Review gate" page to the
 * site that {@code mvn site} generates, with the verdict, the score, the dates and every violation
 * of each review file, and links to the HTML report written beside it in the {@code review-gate}
 * folder of the site.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractGateMojo implements MavenReport {

  /** The site folder, next to the site page, that contains the reports the page links to. */
  static final String SITE_FOLDER = "review-gate";

  /** The name of the site page, without its extension. */
  static final String PAGE_NAME = "review";

  /** The site's output directory, which the site plugin may replace. */
  @Parameter(
      defaultValue = "${project.reporting.outputDirectory}",
      readonly = true,
      required = true)
  File siteDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    IgnoredProperties.warn(session, mojoExecution, getLog());
    if (skipped()) {
      return;
    }
    evaluate(settings());
  }

  /** Gates the reviews, writes their reports into the site and renders the site page. */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    outputDirectory = new File(getReportOutputDirectory(), SITE_FOLDER);
    IgnoredProperties.warn(session, mojoExecution, getLog());
    try {
      GateSettings settings = settings();
      List<GateResult> results = evaluate(settings);
      boolean linksReports = settings.formats().contains(ReportFormat.HTML);
      new ReviewSitePage(sink, basedir.toPath(), SITE_FOLDER, linksReports).render(results);
    } catch (MojoFailureException | MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  @Override
  public String getOutputName() {
    return PAGE_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "Review gate";
  }

  @Override
  public String getDescription(Locale locale) {
    return "The review gate's verdict on the project's review documents: score, dates and"
        + " violations.";
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    siteDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return siteDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  /** Returns whether the page is generated: always, unless {@code review.skip} is set. */
  @Override
  public boolean canGenerateReport() {
    return !skip;
  }
}
