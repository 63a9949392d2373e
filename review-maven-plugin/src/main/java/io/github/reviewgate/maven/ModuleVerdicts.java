package io.github.reviewgate.maven;

import io.github.reviewgate.scoring.gate.GateResult;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * The verdicts of every module gated in one build, kept in the build session's data so that
 * parallel builds and several builds in one JVM never share them. The execution that records the
 * last expected module, or that is about to fail the build, logs one line per gated module.
 */
final class ModuleVerdicts {

  private final Map<String, String> lines = new ConcurrentHashMap<>();

  private final AtomicBoolean logged = new AtomicBoolean();

  private ModuleVerdicts() {}

  /**
   * Records one module's results, or that it was skipped when {@code results} is empty, and logs
   * the table of every module when this is the last gated module or when the build fails here.
   *
   * <p>Does nothing in a build of one project, whose log already ends with its summary.
   */
  static void record(
      MavenSession session, MojoExecution execution, List<GateResult> results, Log log) {
    if (session == null || execution == null || session.getProjects().size() < 2) {
      return;
    }
    MavenProject project = session.getCurrentProject();
    List<MavenProject> expected = gatedProjects(session, execution);
    // A report that the site plugin runs from <reporting> is bound to no build phase, so the
    // modules it covers are unknown and no table is logged.
    if (!expected.contains(project)) {
      return;
    }
    ModuleVerdicts verdicts = of(session.getRepositorySession().getData(), execution.getGoal());
    verdicts.lines.put(project.getId(), line(project, results));

    boolean complete = expected.stream().allMatch(p -> verdicts.lines.containsKey(p.getId()));
    // A failing check stops the build, so its table is logged even when modules are missing.
    if (fails(execution, results) || (complete && verdicts.logged.compareAndSet(false, true))) {
      verdicts.log(expected, log);
    }
  }

  private static boolean fails(MojoExecution execution, List<GateResult> results) {
    return "check".equals(execution.getGoal())
        && results.stream().anyMatch(result -> !result.unwaived(Severity.ERROR).isEmpty());
  }

  /** Returns the verdicts of one goal, so that a build running both check and report logs each. */
  private static ModuleVerdicts of(SessionData data, String goal) {
    String key = ModuleVerdicts.class.getName() + ":" + goal;
    // A compare-and-set loop, because the SessionData of Maven 3.8 offers no computeIfAbsent.
    while (true) {
      Object current = data.get(key);
      if (current instanceof ModuleVerdicts verdicts) {
        return verdicts;
      }
      data.set(key, null, new ModuleVerdicts());
    }
  }

  private synchronized void log(List<MavenProject> expected, Log log) {
    log.info("Review gate summary (" + GateSummary.plural(expected.size(), "module") + "):");
    for (MavenProject project : expected) {
      String line = lines.getOrDefault(project.getId(), "not gated yet");
      log.info("  " + project.getArtifactId() + ": " + line);
    }
  }

  /** Describes one module's results: its worst verdict and each file's score and counts. */
  static String line(MavenProject project, List<GateResult> results) {
    if (results.isEmpty()) {
      return "skipped";
    }
    Verdict worst = Verdict.PASS;
    List<String> files = new ArrayList<>();
    for (GateResult result : results) {
      worst = result.verdict().compareTo(worst) > 0 ? result.verdict() : worst;
      files.add(describe(project, result));
    }
    return worst + " (" + String.join("; ", files) + ")";
  }

  private static String describe(MavenProject project, GateResult result) {
    String file = project.getBasedir().toPath().relativize(result.file()).toString();
    String score =
        result
            .scorecard()
            .flatMap(scorecard -> scorecard.overall())
            .map(ScoreDisplay::format)
            .orElse("none");
    return file
        + " "
        + result.verdict()
        + ", score "
        + score
        + ", minimum "
        + ScoreDisplay.format(result.policy().minScore().points())
        + ", "
        + GateSummary.plural(result.unwaived(Severity.ERROR).size(), "error")
        + ", "
        + GateSummary.plural(result.unwaived(Severity.WARNING).size(), "warning");
  }

  /**
   * Returns the projects of this build that run this goal: every project when the goal was named on
   * the command line, else those whose build binds it in an execution.
   */
  private static List<MavenProject> gatedProjects(MavenSession session, MojoExecution execution) {
    if (execution.getSource() == MojoExecution.Source.CLI) {
      return session.getProjects();
    }
    String key = execution.getGroupId() + ":" + execution.getArtifactId();
    return session.getProjects().stream()
        .filter(project -> bindsGoal(project.getBuild().getPluginsAsMap().get(key), execution))
        .toList();
  }

  private static boolean bindsGoal(Plugin plugin, MojoExecution execution) {
    if (plugin == null) {
      return false;
    }
    for (PluginExecution pluginExecution : plugin.getExecutions()) {
      if (pluginExecution.getGoals().contains(execution.getGoal())) {
        return true;
      }
    }
    return false;
  }
}
