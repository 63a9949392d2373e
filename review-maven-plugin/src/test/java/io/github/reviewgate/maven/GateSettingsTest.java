package io.github.reviewgate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.reviewgate.model.Priority;
import io.github.reviewgate.scoring.ScoreSource;
import io.github.reviewgate.scoring.gate.GatePolicy;
import io.github.reviewgate.scoring.gate.Severity;
import io.github.reviewgate.scoring.gate.Waiver;
import io.github.reviewgate.scoring.report.ReportFormat;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateSettingsTest {

  private static final Path BASEDIR = Path.of("/work/service").toAbsolutePath();

  /** 23:30 UTC on 2026-03-01, which is already 2026-03-02 in Tokyo. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);

  private static GateSettings settings(GateParameters parameters) throws ParameterException {
    return GateSettings.from(parameters, BASEDIR, CLOCK);
  }

  @Test
  void defaultsGiveDefaultPolicy() throws ParameterException {
    GatePolicy policy = settings(new GateParameters()).policy();

    assertThat(policy.maxAgeDays()).isEqualTo(90);
    assertThat(policy.warnDays()).isEqualTo(14);
    assertThat(policy.minScore().points()).isEqualByComparingTo("7");
    assertThat(policy.minSectionScore()).isEmpty();
    assertThat(policy.scoring().source()).isEqualTo(ScoreSource.DECLARED);
    assertThat(policy.failOnPriority()).contains(Priority.HIGH);
    assertThat(policy.requireApproval()).isTrue();
    assertThat(policy.failOnError()).isTrue();
    assertThat(policy.severities()).isEmpty();
    assertThat(policy.skipRules()).isEmpty();
    assertThat(policy.maxFileSize()).isEqualTo(5L * 1024 * 1024);
  }

  @Test
  void defaultsGiveFilesFormatsAndDirectory() throws ParameterException {
    GateSettings settings = settings(new GateParameters());

    assertThat(settings.reviewFiles()).containsExactly(BASEDIR.resolve("REVIEW.md"));
    assertThat(settings.outputDirectory()).isEqualTo(BASEDIR.resolve("target/review-gate"));
    assertThat(settings.formats())
        .containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.MD);
    assertThat(settings.waiversFile()).isEmpty();
  }

  @Test
  void everyParameterReachesPolicy() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.maxAgeDays = 30;
    parameters.warnDays = 3;
    parameters.minScore = "8.5";
    parameters.minSectionScore = "6";
    parameters.scoreSource = "Lower";
    parameters.failOnPriority = "medium";
    parameters.requireApproval = false;
    parameters.failOnError = false;
    parameters.skipRules = "stale, reader,,";
    parameters.severities = Map.of("conditional-approval", "Error", "reader", "off");
    parameters.maxFileSize = "512KB";

    GatePolicy policy = settings(parameters).policy();

    assertThat(policy.maxAgeDays()).isEqualTo(30);
    assertThat(policy.warnDays()).isEqualTo(3);
    assertThat(policy.minScore().points()).isEqualByComparingTo("8.5");
    assertThat(policy.minSectionScore().map(t -> t.points().intValue())).contains(6);
    assertThat(policy.scoring().source()).isEqualTo(ScoreSource.LOWER);
    assertThat(policy.failOnPriority()).contains(Priority.MEDIUM);
    assertThat(policy.requireApproval()).isFalse();
    assertThat(policy.failOnError()).isFalse();
    assertThat(policy.skipRules()).containsExactlyInAnyOrder("stale", "reader");
    assertThat(policy.severities())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("conditional-approval", Severity.ERROR, "reader", Severity.OFF));
    assertThat(policy.maxFileSize()).isEqualTo(512L * 1024);
  }

  @Test
  void failOnPriorityNoneTurnsRuleOff() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.failOnPriority = "NONE";

    assertThat(settings(parameters).policy().failOnPriority()).isEqualTo(Optional.empty());
  }

  @Test
  void sectionWeightsUnderscoreIsSpace() throws ParameterException {
    GateParameters parameters = new GateParameters();
    Map<String, String> weights = new LinkedHashMap<>();
    weights.put("IAM_Security", "2");
    weights.put("Compliance", "0.5");
    parameters.sectionWeights = weights;

    Map<String, BigDecimal> parsed = settings(parameters).policy().scoring().sectionWeights();

    assertThat(parsed).containsOnlyKeys("IAM Security", "Compliance");
    assertThat(parsed.get("IAM Security")).isEqualByComparingTo("2");
    assertThat(parsed.get("Compliance")).isEqualByComparingTo("0.5");
  }

  @Test
  void relativePathsResolveAgainstBasedir() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.reviewFile = new File("docs/../docs/SECURITY.md");
    parameters.reviewFiles = List.of(new File("launch.yaml"), new File("/abs/other.md"));
    parameters.outputDirectory = new File("build/reports");

    GateSettings settings = settings(parameters);

    assertThat(settings.reviewFiles())
        .containsExactly(
            BASEDIR.resolve("docs/SECURITY.md"),
            BASEDIR.resolve("launch.yaml"),
            Path.of("/abs/other.md").toAbsolutePath());
    assertThat(settings.outputDirectory()).isEqualTo(BASEDIR.resolve("build/reports"));
  }

  @Test
  void fileNamedTwiceGatedOnce() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.reviewFile = new File("docs/SECURITY.md");
    parameters.reviewFiles =
        List.of(
            new File("./docs/SECURITY.md"),
            BASEDIR.resolve("docs/SECURITY.md").toFile(),
            new File("launch.yaml"));

    assertThat(settings(parameters).reviewFiles())
        .containsExactly(BASEDIR.resolve("docs/SECURITY.md"), BASEDIR.resolve("launch.yaml"));
  }

  @Test
  void waiversReadRelativeToBasedir(@TempDir Path basedir) throws Exception {
    Files.writeString(
        basedir.resolve("waivers.yaml"),
        """
        waivers:
          - rule: open-finding
            match: Audit events
            reason: the SIEM connector ships in release 2.4
            expires: 2026-06-30
        """);
    GateParameters parameters = new GateParameters();
    parameters.waiversFile = new File("waivers.yaml");

    GateSettings settings = GateSettings.from(parameters, basedir, CLOCK);

    assertThat(settings.waiversFile()).contains(basedir.resolve("waivers.yaml"));
    Waiver waiver = settings.policy().waivers().get(0);
    assertThat(waiver.rule()).isEqualTo("open-finding");
    assertThat(waiver.match()).contains("Audit events");
    assertThat(waiver.reason()).isEqualTo("the SIEM connector ships in release 2.4");
    assertThat(waiver.expires()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(waiver.line()).isEqualTo(2);
  }

  @Test
  void missingWaiversFileRejected(@TempDir Path basedir) {
    GateParameters parameters = new GateParameters();
    parameters.waiversFile = new File("waivers.yaml");

    assertThatThrownBy(() -> GateSettings.from(parameters, basedir, CLOCK))
        .isInstanceOf(ParameterException.class)
        .hasMessage(
            "Invalid review.waivers: the waivers file "
                + basedir.resolve("waivers.yaml")
                + " does not exist. Create it, or remove the waiversFile parameter.");
  }

  @Test
  void badWaiverNamesFileAndLine(@TempDir Path basedir) throws Exception {
    Path file = basedir.resolve("waivers.yaml");
    Files.writeString(
        file,
        """
        waivers:
          - rule: open-finding
            reason: accepted for the beta
            expires: 2026-06-30
          - rule: stale
            reason: re-review booked
            expires: next month
        """);
    GateParameters parameters = new GateParameters();
    parameters.waiversFile = file.toFile();

    assertThatThrownBy(() -> GateSettings.from(parameters, basedir, CLOCK))
        .isInstanceOf(ParameterException.class)
        .hasMessage(
            "Invalid waivers file (set by review.waivers): "
                + file
                + ":5: the expiry date \"next month\" is not a date such as 2026-06-30."
                + " Correct the file, then run the build again.");
  }

  @Test
  void unknownRuleIdsRejectedWithList() {
    String rules =
        "missing, unreadable, no-date, future-date, stale, expiring-soon, no-score,"
            + " below-min-score, section-below-min, open-finding, not-approved,"
            + " conditional-approval, overdue-action, score-inconsistent, reader, waiver-expired,"
            + " waiver-expiring, waiver-unused";
    assertRejected(
        p -> p.severities = Map.of("stail", "warning"),
        "Invalid severities: unknown rule id 'stail'; the rule ids are " + rules);
    assertRejected(
        p -> p.skipRules = "stale, overdue-actions",
        "Invalid review.skipRules: unknown rule id 'overdue-actions'; the rule ids are " + rules);
  }

  @Test
  void asOfUnsetIsTodayInClockZone() throws ParameterException {
    EvaluationDate date = settings(new GateParameters()).evaluationDate();

    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(date.explicit()).isFalse();
  }

  @Test
  void asOfUnsetIsTodayInTimeZone() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.timeZone = "Asia/Tokyo";

    EvaluationDate date = settings(parameters).evaluationDate();

    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(date.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void asOfSetWinsOverClock() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.asOf = " 2026-12-04 ";
    parameters.timeZone = "Asia/Tokyo";

    EvaluationDate date = settings(parameters).evaluationDate();

    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(date.explicit()).isTrue();
  }

  @Test
  void formatsParseIgnoringCase() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.formats = "SARIF, junit ,json";

    assertThat(settings(parameters).formats())
        .containsExactlyInAnyOrder(ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.JSON);
  }

  @Test
  void emptyFormatsGiveDefaults() throws ParameterException {
    GateParameters parameters = new GateParameters();
    parameters.formats = " , ";

    assertThat(settings(parameters).formats())
        .containsExactlyInAnyOrder(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.MD);
  }

  @Test
  void badMinScoreRejected() {
    GateParameters parameters = new GateParameters();
    parameters.minScore = "high";

    assertThatThrownBy(() -> settings(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("Invalid review.minScore 'high': ");
  }

  @Test
  void badMinSectionScoreRejected() {
    GateParameters parameters = new GateParameters();
    parameters.minSectionScore = "seven";

    assertThatThrownBy(() -> settings(parameters))
        .hasMessageStartingWith("Invalid review.minSectionScore 'seven': ");
  }

  @Test
  void badValuesRejectedWithAcceptedForms() {
    assertRejected(
        p -> p.scoreSource = "average",
        "Invalid review.scoreSource 'average': expected declared, computed or lower");
    assertRejected(
        p -> p.failOnPriority = "urgent",
        "Invalid review.failOnPriority 'urgent': expected critical, high, medium, low or none");
    assertRejected(
        p -> p.asOf = "01/03/2026",
        "Invalid review.asOf '01/03/2026': expected an ISO date such as 2026-03-01");
    assertRejected(
        p -> p.timeZone = "Mars/Olympus",
        "Invalid review.timeZone 'Mars/Olympus': expected a time zone id such as Europe/Paris or"
            + " UTC");
    assertRejected(
        p -> p.formats = "json,pdf",
        "Invalid review.formats 'json,pdf': expected a list of json, html, md, sarif and junit");
    assertRejected(
        p -> p.maxAgeDays = -1, "Invalid review.maxAgeDays '-1': expected 0 or more days");
    assertRejected(p -> p.warnDays = -5, "Invalid review.warnDays '-5': expected 0 or more days");
    assertRejected(
        p -> p.severities = Map.of("stale", "fatal"),
        "Invalid severities/stale 'fatal': expected error, warning or off");
    assertRejected(
        p -> p.sectionWeights = Map.of("IAM", "-1"),
        "Invalid sectionWeights/IAM '-1': expected a number of 0 or more, such as 1 or 2.5");
    assertRejected(
        p -> p.maxFileSize = "5 TB",
        "Invalid review.maxFileSize '5 TB': expected a number of bytes, optionally followed by KB,"
            + " MB or GB, such as 5MB");
  }

  private interface Change {
    void apply(GateParameters parameters);
  }

  private static void assertRejected(Change change, String message) {
    GateParameters parameters = new GateParameters();
    change.apply(parameters);

    assertThatThrownBy(() -> settings(parameters))
        .isInstanceOf(ParameterException.class)
        .hasMessage(message);
  }
}
