package io.github.reviewgate.maven;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The gate's parameters as Maven injected them, before any is parsed. Fields start at the plugin's
 * documented defaults; {@code null} means "not set" where a parameter has no default.
 */
final class GateParameters {

  File reviewFile = new File("REVIEW.md");
  List<File> reviewFiles = List.of();
  int maxAgeDays = 90;
  int warnDays = 14;
  String minScore = "7.0";
  String minSectionScore;
  String scoreSource = "declared";
  String failOnPriority = "high";
  boolean requireApproval = true;
  File waiversFile;
  String asOf;
  String timeZone;
  boolean failOnError = true;
  File outputDirectory = new File("target/review-gate");
  String formats = "json,html,md";
  String skipRules;
  Map<String, String> severities = Map.of();
  Map<String, String> sectionWeights = Map.of();
  String maxFileSize = "5MB";
}
