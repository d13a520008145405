package dk.kvalitetsstandard.randers;

import java.util.List;

/** The rule IDs given to Randers' standard, written out by hand, not read from the code. */
final class RandersRules {

  static final List<String> ALL = List.of(
      "RAN-M1", "RAN-M2",
      "RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5",
      "RAN-G1", "RAN-G2", "RAN-D1",
      "RAN-V1", "RAN-V2", "RAN-V3",
      "RAN-F1", "RAN-F2",
      "RAN-E1", "RAN-E2",
      "RAN-K1", "RAN-K2", "RAN-K3", "RAN-K4",
      "RAN-U1", "RAN-U2",
      "RAN-C1", "RAN-C2",
      "RAN-S1",
      "RAN-R1",
      "RAN-Q1", "RAN-Q2");

  private RandersRules() {}
}
