package dk.kvalitetsstandard.examples.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.conformance.property.CaseFiles;
import dk.kvalitetsstandard.deadline.ComplaintGuidance;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The complaint guidance (klagevejledning, Forvaltningsloven § 25) the report gives for every
 * decision of a case: for a decision on social treatment that does not grant in full, the last day
 * to complain counted as D0-5 (NAT-C1), where to send the complaint (the standard's route, or the
 * municipality), that it is reconsidered first (NAT-C5) and then goes on to Ankestyrelsen; a
 * decision on anonymous treatment that cannot be appealed (NAT-A4); the health-professional part
 * to Styrelsen for Patientsikkerhed (NAT-C3); case handling without a time limit (NAT-C4); a decision
 * that grants in full, which needs no guidance.
 */
class ComplaintGuidanceTest {

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();
  private static final DeadlineEngine ENGINE = DeadlineEngine.of(REGISTRY, PublicHolidays.denmark());
  private static final Locale DA = Locale.forLanguageTag("da");

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static CaseFile.Builder caseOf(String municipality, Track track, LocalDate asOf) {
    return CaseFile.builder().municipality(municipality).asOf(asOf).track(track)
        .citizen(track == Track.ANONYMOUS_DRUG ? Citizen.unknown() : Citizen.builder().age(34).build());
  }

  private static ComplaintGuidance only(DeadlineReport report) {
    assertEquals(1, report.complaintGuidance().size(), report.complaintGuidance().toString());
    return report.complaintGuidance().get(0);
  }

  private static Deadline complaintLimit(DeadlineReport report) {
    List<Deadline> limits = report.deadlines().stream().filter(x -> x.kind() == DeadlineKind.COMPLAINT).toList();
    assertEquals(1, limits.size(), limits.toString());
    return limits.get(0);
  }

  private static void assertMentions(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "'" + part + "' missing in: " + text);
    }
  }

  @Test
  @DisplayName("NAT-C1 NAT-C5 RAN-C1 D0-5 a refusal received 6 March 2026: 4 weeks end on Good Friday, so the last day is "
      + "7 April, the complaint limit's; sent to Rusmiddelcenter Randers, which reconsiders, then Ankestyrelsen")
  void socialRefusalMovedPastEaster() {
    CaseFile c = caseOf("randers", Track.SOCIAL_DRUG, d(2026, 3, 20))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 3, 6), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)).build();
    DeadlineReport da = ENGINE.report(c, DA);
    ComplaintGuidance g = only(da);

    LocalDate fourWeeks = d(2026, 3, 6).plusWeeks(4);
    assertEquals(DayOfWeek.FRIDAY, fourWeeks.getDayOfWeek(), "4 weeks after the receipt is Good Friday 2026");
    assertEquals(Optional.of(d(2026, 4, 7)), g.lastDay(), "past Good Friday, the weekend and Easter Monday (D0-5)");
    assertEquals(complaintLimit(da).due(), g.lastDay(), "the guidance gives the complaint limit's own last day");
    assertEquals(d(2026, 3, 6), g.decisionReceived());
    assertEquals(ComplaintSubject.SOCIAL_TREATMENT, g.subject());
    assertEquals(Outcome.REFUSED, g.outcome());
    assertEquals(1, g.course());
    assertEquals("RAN-C1", g.rule());
    assertEquals(Optional.of("RAN-C1"), g.routeRule());
    assertEquals(Optional.of("Retssikkerhedsloven § 67"), g.legalBasis());
    assertEquals(Optional.of("Rusmiddelcenter Randers"), g.complaintTo());
    assertEquals(Optional.of("Ankestyrelsen"), g.appealTo());
    assertMentions(g.text(), "Du kan klage over afgørelsen", "Klagefristen er 4 uger", "senest den 7. april 2026",
        "forlænget til den følgende hverdag", "Du sender klagen til Rusmiddelcenter Randers",
        "Rusmiddelcenter Randers genvurderer afgørelsen inden for 4 uger", "videre til Ankestyrelsen",
        "Retssikkerhedsloven § 67 og § 66");

    ComplaintGuidance en = only(ENGINE.report(c, Locale.ENGLISH));
    assertEquals(g.lastDay(), en.lastDay());
    assertMentions(en.text(), "no later than 7 April 2026", "moved to the next working day", "Rusmiddelcenter Randers will "
        + "reconsider the decision within 4 weeks", "send the complaint on to Ankestyrelsen");
  }

  @Test
  @DisplayName("NAT-C1 RIN-C1 a limit that ends on a working day is not moved, and the guidance does not say it was")
  void socialLimitNotMoved() {
    DeadlineReport r = ENGINE.report(caseOf("ringsted", Track.SOCIAL_DRUG, d(2026, 2, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 1, 15), ComplaintSubject.SOCIAL_TREATMENT, Outcome.PARTLY_GRANTED)).build(), DA);
    ComplaintGuidance g = only(r);
    assertEquals(Optional.of(d(2026, 1, 15).plusWeeks(4)), g.lastDay(), "12 February 2026 is a Thursday");
    assertEquals(complaintLimit(r).due(), g.lastDay());
    assertEquals("RIN-C1", g.rule());
    assertEquals(Optional.of("Rådgivningscentret"), g.complaintTo());
    assertMentions(g.text(), "senest den 12. februar 2026", "Rådgivningscentret genvurderer afgørelsen", "Ankestyrelsen");
    assertFalse(g.text().contains("forlænget"), g.text());
  }

  @Test
  @DisplayName("GEN-C1 NAT-C1 Gentofte's route names no appeal body: the complaint still goes on to Ankestyrelsen")
  void gentofteAppealsToAnkestyrelsen() {
    ComplaintGuidance g = only(ENGINE.report(caseOf("gentofte", Track.SOCIAL_DRUG, d(2026, 3, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 1, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)).build(), DA));
    assertEquals("GEN-C1", g.rule());
    assertEquals(Optional.of("Gentofte Kommune"), g.complaintTo());
    assertEquals(Optional.of("Ankestyrelsen"), g.appealTo());
    assertEquals(Optional.of(d(2026, 2, 4)), g.lastDay());
    assertMentions(g.text(), "Gentofte Kommune genvurderer afgørelsen", "videre til Ankestyrelsen");
  }

  @Test
  @DisplayName("JAM-C1 NAT-C1 D0-5 Jammerbugt's route gives the address; 4 weeks from 7 April 2023 end on Store Bededag, "
      + "so the last day is 8 May 2023")
  void jammerbugtAddressAndStoreBededag() {
    DeadlineReport r = ENGINE.report(caseOf("jammerbugt", Track.SOCIAL_DRUG, d(2023, 4, 20))
        .addEvents(CaseEvent.contact(d(2023, 3, 1), ContactChannel.PHONE),
            CaseEvent.decision(d(2023, 4, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)).build(), DA);
    ComplaintGuidance g = only(r);
    assertEquals("NAT-C1", g.rule(), "the standard states no limit of its own");
    assertEquals(Optional.of("JAM-C1"), g.routeRule());
    assertEquals(Optional.of(d(2023, 5, 8)), g.lastDay());
    assertEquals(complaintLimit(r).due(), g.lastDay());
    assertMentions(g.text(), "Rusmiddelcenter Jammerbugt, Gl. Landevej 70, Birkelse, 9440 Aabybro", "senest den 8. maj 2023",
        "forlænget");
  }

  @Test
  @DisplayName("NAT-A4 NAT-C2 ODS-C1 a decision on anonymous treatment cannot be appealed: no last day, nowhere to send it")
  void anonymousNotAppealable() {
    DeadlineReport r = ENGINE.report(caseOf("odsherred", Track.ANONYMOUS_DRUG, d(2026, 3, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 1, 12), ComplaintSubject.ANONYMOUS_TREATMENT, Outcome.REFUSED)).build(), DA);
    ComplaintGuidance g = only(r);
    assertEquals("NAT-A4", g.rule());
    assertEquals(Optional.of("ODS-C1"), g.routeRule(), "the standard's route, which the library reads as not appealable");
    assertEquals(Optional.of("SEL § 101 a, stk. 6"), g.legalBasis());
    assertEquals(Optional.empty(), g.lastDay());
    assertEquals(Optional.empty(), g.complaintTo());
    assertEquals(Optional.empty(), g.appealTo());
    assertMentions(g.text(), "kan ikke indbringes for anden administrativ myndighed", "SEL § 101 a, stk. 6",
        "ikke klage over afgørelsen til Ankestyrelsen");
    assertFalse(g.text().contains("Klagefristen"), g.text());
  }

  @Test
  @DisplayName("NAT-C3 ODS-C2 the health-professional part of alcohol treatment (SUL § 141) goes to Styrelsen for "
      + "Patientsikkerhed, the body Odsherred's standard names")
  void healthAlcohol() {
    ComplaintGuidance g = only(ENGINE.report(caseOf("odsherred", Track.ALCOHOL, d(2026, 3, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.IN_PERSON),
            CaseEvent.decision(d(2026, 2, 2), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED)).build(), DA));
    assertEquals("ODS-C2", g.rule(), "the standard's text agrees with the law");
    assertEquals(Optional.of("ODS-C2"), g.routeRule());
    assertEquals(Optional.of("SUL § 141"), g.legalBasis());
    assertEquals(Optional.of("Styrelsen for Patientsikkerhed"), g.complaintTo());
    assertEquals(Optional.empty(), g.lastDay(), "the library computes no limit for it");
    assertMentions(g.text(), "den sundhedsfaglige behandling efter SUL § 141",
        "sender du klagen til Styrelsen for Patientsikkerhed");
    assertFalse(g.text().contains("Ankestyrelsen"), g.text());
  }

  @Test
  @DisplayName("NAT-C3 the health-professional part of medical treatment (SUL § 142) in Gentofte, which names no body")
  void healthMedical() {
    ComplaintGuidance g = only(ENGINE.report(caseOf("gentofte", Track.MEDICAL_DRUG, d(2026, 3, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 1, 7), ComplaintSubject.HEALTH_TREATMENT, Outcome.PARTLY_GRANTED)).build(),
        Locale.ENGLISH));
    assertEquals("NAT-C3", g.rule());
    assertEquals(Optional.empty(), g.routeRule());
    assertEquals(Optional.of("SUL § 142"), g.legalBasis());
    assertMentions(g.text(), "health-professional treatment under SUL § 142",
        "send the complaint to Styrelsen for Patientsikkerhed");
  }

  @Test
  @DisplayName("NAT-C4 ODS-C3 case handling: no time limit, not Ankestyrelsen, to the team's leader and then further")
  void caseHandling() {
    ComplaintGuidance g = only(ENGINE.report(caseOf("odsherred", Track.SOCIAL_DRUG, d(2026, 3, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.IN_PERSON),
            CaseEvent.decision(d(2026, 1, 20), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED)).build(), DA));
    assertEquals("ODS-C3", g.rule());
    assertEquals(Optional.of("Lederen af Rusmiddelteamet"), g.complaintTo());
    assertEquals(Optional.of("Centerchefen for Center for Social- og arbejdsmarked"), g.appealTo());
    assertEquals(Optional.empty(), g.lastDay());
    assertMentions(g.text(), "Der er ingen klagefrist", "behandles ikke af Ankestyrelsen",
        "gå videre med den til Centerchefen for Center for Social- og arbejdsmarked");
  }

  @Test
  @DisplayName("GEN-C1 Forvaltningsloven § 25 a decision that grants in full needs no complaint guidance, and no limit runs")
  void grantedInFull() {
    DeadlineReport r = ENGINE.report(caseOf("gentofte", Track.SOCIAL_DRUG, d(2026, 3, 1))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 1, 7), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED)).build(), DA);
    ComplaintGuidance g = only(r);
    assertEquals(Outcome.GRANTED, g.outcome());
    assertEquals("GEN-C1", g.rule());
    assertEquals(Optional.of("Forvaltningsloven § 25, stk. 1"), g.legalBasis());
    assertEquals(Optional.empty(), g.lastDay());
    assertEquals(Optional.empty(), g.complaintTo());
    assertMentions(g.text(), "fuldt medhold", "skal ikke ledsages af klagevejledning");
    assertTrue(r.deadlines().stream().noneMatch(x -> x.kind() == DeadlineKind.COMPLAINT));
  }

  @Test
  @DisplayName("D0-7 NAT-C1 one entry per decision, in the order received, each in the course of its complaint limit")
  void everyDecisionInItsCourse() {
    DeadlineReport r = ENGINE.report(caseOf("randers", Track.SOCIAL_DRUG, d(2026, 9, 1))
        .addEvents(CaseEvent.decision(d(2026, 6, 2), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.treatmentStart(d(2026, 1, 12), "OUTPATIENT"),
            CaseEvent.decision(d(2026, 1, 20), ComplaintSubject.CASE_HANDLING, Outcome.REFUSED),
            CaseEvent.treatmentEnd(d(2026, 3, 10), EndStatus.DROPPED_OUT),
            CaseEvent.contact(d(2026, 5, 4), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 5, 5), ComplaintSubject.SOCIAL_TREATMENT, Outcome.GRANTED)).build(), DA);
    List<ComplaintGuidance> all = r.complaintGuidance();
    assertEquals(List.of(d(2026, 1, 20), d(2026, 5, 5), d(2026, 6, 2)), all.stream().map(ComplaintGuidance::decisionReceived)
        .toList());
    assertEquals(List.of(1, 2, 2), all.stream().map(ComplaintGuidance::course).toList());
    Deadline limit = r.deadlines().stream().filter(x -> x.kind() == DeadlineKind.COMPLAINT
        && x.startedBy().equals(Optional.of(d(2026, 6, 2)))).findFirst().orElseThrow();
    assertEquals(limit.course(), all.get(2).course());
    assertEquals(limit.due(), all.get(2).lastDay());
  }

  @Test
  @DisplayName("NAT-C1 over histories generated for every standard: one entry per decision, and every adverse decision on "
      + "social treatment has the last day of its complaint limit")
  void generatedHistories() {
    int adverse = 0;
    for (QualityStandard standard : REGISTRY.all()) {
      CaseFiles generator = CaseFiles.of(standard);
      for (long seed = 1; seed <= 100; seed++) {
        CaseFile c = generator.generate(seed);
        DeadlineReport r = ENGINE.report(c);
        List<CaseEvent> decisions = c.chronological().stream().filter(e -> e.type() == EventType.DECISION_RECEIVED)
            .sorted(java.util.Comparator.comparing(CaseEvent::date).thenComparing(e -> e.subject().orElseThrow())
                .thenComparing(e -> e.outcome().orElseThrow())).toList();
        assertEquals(decisions.size(), r.complaintGuidance().size(), generator.show(c));
        for (int i = 0; i < decisions.size(); i++) {
          CaseEvent decision = decisions.get(i);
          ComplaintGuidance g = r.complaintGuidance().get(i);
          assertEquals(decision.date(), g.decisionReceived(), generator.show(c));
          boolean social = decision.subject().orElseThrow() == ComplaintSubject.SOCIAL_TREATMENT
              && decision.outcome().orElseThrow().isAdverse();
          if (social) {
            adverse++;
            Optional<LocalDate> due = r.deadlines().stream().filter(x -> x.kind() == DeadlineKind.COMPLAINT
                && x.startedBy().equals(Optional.of(decision.date()))).map(Deadline::due).findFirst().orElseThrow();
            assertEquals(due, g.lastDay(), generator.show(c));
            assertTrue(g.text().contains("Ankestyrelsen"), g.text());
          } else {
            assertEquals(Optional.empty(), g.lastDay(), generator.show(c));
          }
        }
      }
    }
    assertTrue(adverse > 20, "adverse decisions on social treatment were generated: " + adverse);
  }

  @Test
  @DisplayName("NAT-C1 the report's JSON carries complaintGuidance with its fields, machine dates in ISO form, and reads back equal")
  void json() {
    DeadlineReport r = ENGINE.report(caseOf("randers", Track.SOCIAL_DRUG, d(2026, 3, 20))
        .addEvents(CaseEvent.contact(d(2026, 1, 5), ContactChannel.PHONE),
            CaseEvent.decision(d(2026, 3, 6), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED)).build(), DA);
    String json = Json.mapper().writeValueAsString(r);
    for (String field : List.of("\"decisionReceived\" : \"2026-03-06\"", "\"subject\" : \"SOCIAL_TREATMENT\"",
        "\"outcome\" : \"REFUSED\"", "\"course\" : 1", "\"rule\" : \"RAN-C1\"", "\"routeRule\" : \"RAN-C1\"",
        "\"legalBasis\" : \"Retssikkerhedsloven § 67\"", "\"complaintTo\" : \"Rusmiddelcenter Randers\"",
        "\"appealTo\" : \"Ankestyrelsen\"", "\"lastDay\" : \"2026-04-07\"", "\"text\" : \"Du kan klage over afgørelsen.")) {
      assertTrue(json.contains(field), field + " in " + json);
    }
    assertEquals(r, Json.mapper().readValue(json, DeadlineReport.class));
  }
}
