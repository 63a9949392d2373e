package io.github.reviewgate.scoring;

import io.github.reviewgate.model.Section;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One section's part in the overall score.
 *
 * @param section the section
 * @param scored whether it counts towards the overall score
 * @param declared its declared score out of 10, if any
 * @param computed its score from its items out of 10, if it has countable items
 * @param score the score that counts under the policy, if any
 * @param source where {@code score} came from: declared or computed
 * @param weight its weight in the overall score
 */
public record SectionScore(
    Section section,
    boolean scored,
    Optional<BigDecimal> declared,
    Optional<BigDecimal> computed,
    Optional<BigDecimal> score,
    Optional<ScoreSource> source,
    BigDecimal weight) {}
