package dk.kvalitetsstandard.ringsted;

import java.util.List;

/** The rule IDs given to Ringsted's standard, written out by hand, not read from the code. */
final class RingstedRules {

  static final List<String> ALL = List.of(
      "RIN-M1",
      "RIN-V1", "RIN-V2", "RIN-V3", "RIN-V4",
      "RIN-O1", "RIN-O2", "RIN-O3", "RIN-O4", "RIN-O5", "RIN-O6",
      "RIN-G1", "RIN-D1",
      "RIN-F1",
      "RIN-E1", "RIN-E2",
      "RIN-U1", "RIN-U2", "RIN-U3",
      "RIN-C1",
      "RIN-S1", "RIN-S2",
      "RIN-Q1", "RIN-Q2");

  private RingstedRules() {}
}
