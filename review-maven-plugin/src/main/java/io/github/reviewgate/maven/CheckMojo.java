package io.github.reviewgate.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Fails the build when the review is missing, stale or scores too low. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  @Override
  public void execute() {
    // TODO: placeholder; the gate replaces it.
    getLog().info("reviewgate: not implemented yet");
  }
}
