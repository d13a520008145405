package dk.kvalitetsstandard.gentofte;

import java.util.List;

/** Every rule ID of the rule catalogue's Gentofte section (GEN-*): the authority the tests are held to. */
final class GentofteRules {

  static final List<String> ALL = List.of(
      "GEN-M1",
      "GEN-O1", "GEN-O2", "GEN-O3", "GEN-O4", "GEN-O5", "GEN-O6", "GEN-O7", "GEN-V1",
      "GEN-G1", "GEN-G2",
      "GEN-F1",
      "GEN-E1", "GEN-E2",
      "GEN-B1",
      "GEN-U1", "GEN-U2",
      "GEN-A1",
      "GEN-C1");

  private GentofteRules() {}
}
