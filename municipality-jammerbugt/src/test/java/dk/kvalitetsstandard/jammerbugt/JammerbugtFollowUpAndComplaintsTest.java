package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtFollowUpAndComplaintsTest {

  @Test
  @DisplayName("JAM-D1 two relapse-prevention talks within 12 months after a completed course")
  void relapsePrevention() {
    assertEquals(1, STANDARD.followUps().size());
    FollowUpRule talks = STANDARD.followUps().get(0);
    assertEquals(FollowUpKind.RELAPSE_PREVENTION, talks.kind());
    assertEquals(List.of(Span.of(12, Unit.MONTHS), Span.of(12, Unit.MONTHS)), talks.after());
    assertEquals(Set.of(EndStatus.COMPLETED), talks.qualifyingEndings());
  }

  @Test
  @DisplayName("JAM-D1 no follow-up 1 and 6 months after the end is stated (NAT-U1 shortfall), and none is added")
  void noNationalFollowUp() {
    assertTrue(STANDARD.followUps().stream().noneMatch(f -> f.kind() == FollowUpKind.FOLLOW_UP));
    FollowUpRule talks = STANDARD.followUps().get(0);
    for (EndStatus status : EnumSet.of(EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON,
        EndStatus.DROPPED_OUT, EndStatus.DECEASED)) {
      assertFalse(talks.qualifyingEndings().contains(status), status + " gets no talk under the seed");
    }
  }

  @Test
  @DisplayName("JAM-C1 social treatment: to Rusmiddelcenter Jammerbugt, Gl. Landevej 70 (the corrected recipient), then Ankestyrelsen")
  void socialTreatmentComplaint() {
    ComplaintRoute route = route(ComplaintSubject.SOCIAL_TREATMENT);
    assertEquals("Rusmiddelcenter Jammerbugt", route.body());
    assertEquals(Optional.of("Gl. Landevej 70, Birkelse, 9440 Aabybro"), route.address());
    assertEquals(Optional.of("Ankestyrelsen"), route.appealTo());
    assertTrue(route.appealable());
    assertTrue(route.limit().isEmpty(), "the seed states no time limit; NAT-C1 lives in core");
    assertTrue(route.source().note().orElseThrow().contains("pending change"));
    assertFalse(route.address().orElseThrow().contains("Borgervænget"), "the old recipient is not encoded");
  }

  @Test
  @DisplayName("JAM-C1 the corrected complaint recipient has the mail address rus@jammerbugt.dk")
  void socialTreatmentComplaintMail() {
    ContactPoint recipient = STANDARD.contactPoints().stream()
        .filter(c -> c.source().rule().equals("JAM-C1")).findFirst().orElseThrow();
    assertEquals(Optional.of("rus@jammerbugt.dk"), recipient.email());
    assertEquals(Optional.of("Gl. Landevej 70, Birkelse, 9440 Aabybro"), recipient.address());
    assertFalse(recipient.applyHere());
  }

  @Test
  @DisplayName("JAM-C2 case handling and staff conduct: no time limit, not Ankestyrelsen, to Job og Tværgående indsats")
  void caseHandlingComplaint() {
    ComplaintRoute route = route(ComplaintSubject.CASE_HANDLING);
    assertEquals("Job og Tværgående indsats", route.body());
    assertTrue(route.address().orElseThrow().contains("Borgervænget 12, 9460 Brovst"));
    assertTrue(route.address().orElseThrow().contains("Afdelingsleder for Rusmiddelcenter Jammerbugt"));
    assertTrue(route.appealTo().isEmpty());
    assertTrue(route.limit().isEmpty());
    assertTrue(route.source().quote().endsWith("Der er ingen klagefrist."));
  }

  @Test
  @DisplayName("JAM-C3 health-professional treatment: Patientombuddet as the seed names it, now Styrelsen for Patientsikkerhed")
  void healthComplaint() {
    ComplaintRoute route = route(ComplaintSubject.HEALTH_TREATMENT);
    assertEquals("Patientombuddet", route.body());
    assertEquals(Optional.of("Finsensvej 15, 2000 Frederiksberg"), route.address());
    assertTrue(route.source().note().orElseThrow().contains("Styrelsen for Patientsikkerhed"));
    ContactPoint ombud = STANDARD.contactPoints().stream()
        .filter(c -> c.name().equals("Patientombuddet")).findFirst().orElseThrow();
    assertEquals(Optional.of("72 28 66 00"), ombud.phone());
    assertEquals(Optional.of("www.patientombuddet.dk"), ombud.web());
  }

  @Test
  @DisplayName("JAM-C1 to JAM-C3 the seed gives three routes and none for anonymous treatment")
  void routes() {
    assertEquals(3, STANDARD.complaints().size());
    assertTrue(STANDARD.complaints().stream().noneMatch(r -> r.subject() == ComplaintSubject.ANONYMOUS_TREATMENT));
  }

  private static ComplaintRoute route(ComplaintSubject subject) {
    List<ComplaintRoute> routes = STANDARD.complaints().stream().filter(r -> r.subject() == subject).toList();
    assertEquals(1, routes.size(), subject.toString());
    return routes.get(0);
  }
}
