package dk.kvalitetsstandard.gentofte;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;
import static dk.kvalitetsstandard.conformance.StandardAssert.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.StandardCheck;
import dk.kvalitetsstandard.conformance.StandardChecker;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Gentofte's standard checked against the law: what it covers, and where it falls below the floor")
class GentofteStandardCheckTest {

  private static final LocalDate ON = date(2026, 11, 23);
  private static final StandardCheck CHECK = StandardChecker.of(StandardRegistry.defaultRegistry(),
      PublicHolidays.denmark()).check(assertFor("gentofte").standardOn(ON), ON);

  @Test
  @Tag("GEN-M1") @Tag("GEN-O1") @Tag("GEN-O2") @Tag("GEN-O3") @Tag("GEN-O4") @Tag("GEN-O5") @Tag("GEN-O6")
  @Tag("GEN-O7") @Tag("GEN-V1") @Tag("GEN-A1") @Tag("GEN-G1") @Tag("GEN-G2") @Tag("GEN-F1") @Tag("GEN-U1")
  @Tag("GEN-U2") @Tag("GEN-E1") @Tag("GEN-C1")
  @DisplayName("Ten of the fifteen required contents, each covered by the sections of the seed that describe it; "
      + "nothing on action plans, user involvement, staff, monitoring or gift cards")
  void checklist() {
    assertEquals(List.of(
        "1 GEN-O1 GEN-O2 GEN-O3 GEN-O4 GEN-O5 GEN-O6 GEN-O7",
        "2 GEN-M1",
        "3 GEN-M1",
        "4 GEN-M1 GEN-O2 GEN-O3 GEN-O4 GEN-O5 GEN-O6",
        "5 GEN-V1 GEN-A1",
        "6 GEN-G1 GEN-G2",
        "7 GEN-F1",
        "8 GEN-U1 GEN-U2",
        "9 MISSING",
        "10 MISSING",
        "11 GEN-E1",
        "12 GEN-C1",
        "13 MISSING",
        "14 MISSING",
        "15 MISSING"), CHECK.contents().stream()
            .map(c -> c.number() + " " + (c.covered() ? String.join(" ", c.rules()) : "MISSING")).toList());
    assertEquals(10, CHECK.covered());
  }

  @Test
  @Tag("GEN-G1") @Tag("GEN-G2") @Tag("GEN-O3") @Tag("GEN-M1") @Tag("GEN-U1") @Tag("GEN-C1")
  @DisplayName("Seven findings: an offer promised rather than a start, day and residential treatment left outside "
      + "the guarantee, narrower anonymous criteria, no adoption date, no validity, five missing contents; "
      + "none on follow-up or complaint limits")
  void findings() {
    assertEquals(List.of(
        "PROMISES_OFFER_NOT_START GEN-G1 below NAT-G1",
        "OFFERS_OUTSIDE_GUARANTEE GEN-G2 below NAT-G1",
        "OFFERS_OUTSIDE_GUARANTEE GEN-G2 below NAT-G1",
        "NARROWER_CRITERION GEN-O3 below NAT-A1",
        "NO_ADOPTION_DATE GEN-M1 below NAT-Q2",
        "NO_VALIDITY GEN-M1 below NAT-Q2",
        "MISSING_CONTENTS GEN-M1 below NAT-Q1"), CHECK.findings().stream()
            .map(f -> f.kind() + " " + f.rule() + " below " + f.nationalRule()).toList());
  }
}
