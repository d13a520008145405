package dk.kvalitetsstandard.jammerbugt;

import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;

/** The standard under test, as the provider gives it, and the rule IDs of RULES.md section 6. */
final class Jammerbugt {

  static final QualityStandard STANDARD = new JammerbugtStandardProvider().standard();

  /** Every JAM-* rule of RULES.md section 6. */
  static final List<String> RULE_IDS = List.of(
      "JAM-M1", "JAM-M2",
      "JAM-O1", "JAM-O2", "JAM-O3", "JAM-O4", "JAM-O5", "JAM-O6", "JAM-O7", "JAM-O8", "JAM-O9", "JAM-O10",
      "JAM-O11", "JAM-O12",
      "JAM-G1", "JAM-D1", "JAM-D2",
      "JAM-F1", "JAM-F2",
      "JAM-E1",
      "JAM-S1", "JAM-S2",
      "JAM-C1", "JAM-C2", "JAM-C3");

  private Jammerbugt() {}

  static Offer offer(String id) {
    return STANDARD.offer(id).orElseThrow(() -> new AssertionError("no offer '" + id + "'"));
  }
}
