package io.github.reviewgate.model.read.markdown;

/**
 * A key/value pair and the block it was read from; front matter fields have block -1.
 *
 * @param field the pair
 * @param block the index of the block it was read from
 */
record PlacedField(KeyValue field, int block) {}
