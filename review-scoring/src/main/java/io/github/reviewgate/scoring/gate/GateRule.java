package io.github.reviewgate.scoring.gate;

import java.util.List;

/** One gate rule: it inspects a review that could be read and returns what it finds. */
interface GateRule {

  /** Returns the rule's id, one of {@link RuleIds#ALL}. */
  String id();

  /** Returns one occurrence per thing found, each with its own line; empty when all is well. */
  List<Occurrence> check(GateContext context);
}
