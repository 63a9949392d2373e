package io.github.reviewgate.scoring.gate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted violation, read from the waivers file.
 *
 * @param rule the rule id it accepts
 * @param match a finding's title or a section's name it is limited to, if any
 * @param reason why the violation is accepted
 * @param expires the last day the waiver holds
 * @param line the 1-based line in the waivers file, or 0 when unknown
 */
public record Waiver(
    String rule, Optional<String> match, String reason, LocalDate expires, int line) {}
