package io.github.reviewgate.model.read.structured;

import io.github.reviewgate.model.SignOffStatus;
import java.time.LocalDate;
import java.util.List;

/** The sign-off of a YAML or JSON review, as written; {@code nextReview} is a date or text. */
record SignOffEntry(
    SignOffStatus status,
    List<String> reviewers,
    LocalDate date,
    String nextReview,
    List<String> conditions) {}
