package io.github.reviewgate.scoring.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversFileTest {

  @TempDir Path folder;

  private Path write(String yaml) throws IOException {
    Path file = folder.resolve("waivers.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void readEntries() throws Exception {
    Path file =
        write(
            """
            # Accepted until the SIEM connector ships.
            waivers:
              - rule: open-finding
                match: Audit events not forwarded
                reason: the SIEM connector ships in release 2.4
                expires: 2026-06-30
              - rule: overdue-action
                reason: "tracked in the ops backlog"
                expires: '2026-04-01'
            """);

    List<Waiver> waivers = WaiversFile.read(file);

    assertThat(waivers)
        .containsExactly(
            new Waiver(
                "open-finding",
                Optional.of("Audit events not forwarded"),
                "the SIEM connector ships in release 2.4",
                LocalDate.of(2026, 6, 30),
                3,
                Optional.of(file)),
            new Waiver(
                "overdue-action",
                Optional.empty(),
                "tracked in the ops backlog",
                LocalDate.of(2026, 4, 1),
                7,
                Optional.of(file)));
  }

  @Test
  void readBareList() throws Exception {
    Path file =
        write(
            """
            - rule: stale
              reason: the review is being redone this week
              expires: 2026-03-15
            """);

    assertThat(WaiversFile.read(file))
        .extracting(Waiver::rule, Waiver::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stale", 1));
  }

  @Test
  void readEmpty() throws Exception {
    assertThat(WaiversFile.read(write(""))).isEmpty();
    assertThat(WaiversFile.read(write("waivers:\n"))).isEmpty();
    assertThat(WaiversFile.read(write("waivers: []\n"))).isEmpty();
  }

  @Test
  void unknownField() throws Exception {
    Path file =
        write(
            """
            waivers:
              - rule: stale
                reason: redone this week
                expiry: 2026-03-15
            """);

    assertThatThrownBy(() -> WaiversFile.read(file))
        .isInstanceOf(WaiversFileException.class)
        .hasMessage(
            file + ":4: unknown field \"expiry\"; the fields are rule, match, reason and expires");
  }

  @Test
  void unknownTopLevelField() throws Exception {
    Path file = write("waiver:\n  - rule: stale\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .hasMessage(file + ":1: unknown field \"waiver\"; the file holds one field, waivers");
  }

  @Test
  void badDate() throws Exception {
    Path file =
        write(
            """
            waivers:
              - rule: stale
                reason: redone this week
                expires: next month
            """);

    assertThatThrownBy(() -> WaiversFile.read(file))
        .isInstanceOf(WaiversFileException.class)
        .hasMessage(file + ":2: the expiry date \"next month\" is not a date such as 2026-06-30")
        .extracting(exception -> ((WaiversFileException) exception).line())
        .isEqualTo(2);
  }

  @Test
  void unknownRule() throws Exception {
    Path file = write("waivers:\n  - rule: stael\n    reason: x\n    expires: 2026-03-15\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .hasMessageStartingWith(file + ":2: unknown rule \"stael\"; the rules are missing,");
  }

  @Test
  void missingReason() throws Exception {
    Path file = write("waivers:\n  - rule: stale\n    expires: 2026-03-15\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .hasMessage(
            file
                + ":2: the waiver has no reason; each waiver needs a rule, a reason and an expires"
                + " date");
  }

  @Test
  void duplicateField() throws Exception {
    Path file =
        write(
            "waivers:\n  - rule: stale\n    rule: reader\n    reason: x\n    expires: 2026-03-15\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .hasMessage(file + ":3: the field \"rule\" appears twice");
  }

  @Test
  void nestedValue() throws Exception {
    Path file = write("waivers:\n  - rule: stale\n    reason: [a, b]\n    expires: 2026-03-15\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .hasMessage(file + ":3: the field \"reason\" must be a single value");
  }

  @Test
  void entryNotMapping() throws Exception {
    Path file = write("waivers:\n  - stale\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .hasMessage(
            file
                + ":2: each waiver must be a mapping with the fields rule, match, reason and expires");
  }

  @Test
  void invalidYaml() throws Exception {
    Path file = write("waivers:\n  - rule: stale\n    reason: \"unterminated\n");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .isInstanceOf(WaiversFileException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessage(
            file
                + ":3: invalid YAML: while scanning a quoted scalar; found unexpected end of"
                + " stream");
  }

  @Test
  void missingFile() {
    Path file = folder.resolve("absent.yaml");

    assertThatThrownBy(() -> WaiversFile.read(file))
        .isInstanceOf(WaiversFileException.class)
        .hasMessageStartingWith(file + ": cannot read the waivers file: ");
  }
}
