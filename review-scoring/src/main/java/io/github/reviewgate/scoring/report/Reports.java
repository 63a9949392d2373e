package io.github.reviewgate.scoring.report;

import io.github.reviewgate.scoring.gate.GateResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Writes a gate result's reports into a directory. */
public final class Reports {

  private Reports() {}

  /**
   * Writes one file per format into {@code directory}, creating it when needed.
   *
   * @return the files written, in the order of {@link ReportFormat}
   */
  public static List<Path> write(GateResult result, Path directory, Set<ReportFormat> formats)
      throws IOException {
    // TODO: placeholder; the report writers replace it.
    return List.of();
  }
}
