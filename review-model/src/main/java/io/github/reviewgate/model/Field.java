package io.github.reviewgate.model;

import java.util.Objects;

/**
 * One key/value pair from a review's header, such as {@code **Region**: eu-west-1}.
 *
 * @param key the key as written, without markup
 * @param value the value cleaned of emoji, bold and inline code
 * @param raw the value exactly as written
 * @param line the 1-based source line, or 0 when unknown
 */
public record Field(String key, String value, String raw, int line) {
  public Field {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
  }
}
