package dk.kvalitetsstandard.jammerbugt;

import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;

/** The rule IDs given to Jammerbugt's standard, and the standard under test, shared by the tests. */
final class JammerbugtRules {

  /** Every JAM-* rule ID of the catalogue, in catalogue order. */
  static final List<String> ALL = List.of(
      "JAM-M1", "JAM-M2",
      "JAM-O1", "JAM-O2", "JAM-O3", "JAM-O4", "JAM-O5", "JAM-O6", "JAM-O7", "JAM-O8", "JAM-O9", "JAM-O10",
      "JAM-O11", "JAM-O12",
      "JAM-G1", "JAM-D1", "JAM-D2",
      "JAM-F1", "JAM-F2",
      "JAM-E1",
      "JAM-S1", "JAM-S2",
      "JAM-C1", "JAM-C2", "JAM-C3");

  /** The standard as the provider gives it. */
  static final QualityStandard STANDARD = new JammerbugtStandardProvider().standard();

  private JammerbugtRules() {}
}
