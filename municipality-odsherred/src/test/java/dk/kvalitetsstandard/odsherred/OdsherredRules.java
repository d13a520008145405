package dk.kvalitetsstandard.odsherred;

import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;

/** The rule IDs of the catalogue's Odsherred section, and the standard under test. */
final class OdsherredRules {

  /** Every ODS-* rule ID of the catalogue, in catalogue order: the authority the tests and the standard answer to. */
  static final List<String> ALL = List.of(
      "ODS-M1", "ODS-M2",
      "ODS-O1", "ODS-O2", "ODS-O3", "ODS-O4", "ODS-O5", "ODS-O6", "ODS-O7", "ODS-V1",
      "ODS-G1", "ODS-G2", "ODS-G3",
      "ODS-A1", "ODS-A2",
      "ODS-F1", "ODS-F2", "ODS-F3",
      "ODS-E1", "ODS-E2", "ODS-E3",
      "ODS-U1", "ODS-U2", "ODS-R1",
      "ODS-C1", "ODS-C2", "ODS-C3",
      "ODS-S1",
      "ODS-Q1", "ODS-Q2", "ODS-Q3");

  /** The standard as the provider gives it. */
  static final QualityStandard STANDARD = new OdsherredStandardProvider().standard();

  private OdsherredRules() {}
}
