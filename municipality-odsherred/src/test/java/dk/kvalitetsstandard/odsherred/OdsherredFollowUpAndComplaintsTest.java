package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.ProviderRequirement;
import dk.kvalitetsstandard.standard.ReviewMode;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred plan, follow-up, providers and complaints")
class OdsherredFollowUpAndComplaintsTest {

  private static ComplaintRoute route(ComplaintSubject subject) {
    List<ComplaintRoute> routes = STANDARD.complaints().stream().filter(c -> c.subject() == subject).toList();
    assertEquals(1, routes.size(), "one route for " + subject);
    return routes.get(0);
  }

  @Test
  @DisplayName("ODS-U1 the treatment plan is time-limited and evaluated with the citizen after the agreed period")
  void planReviewAfterAgreedPeriod() {
    assertEquals(1, STANDARD.planReviews().size());
    PlanReviewRule review = STANDARD.planReviews().get(0);
    assertEquals(ReviewMode.AFTER_AGREED_PERIOD, review.mode());
    assertEquals(Optional.empty(), review.interval(), "the seed fixes no interval");
  }

  @Test
  @DisplayName("ODS-U1 user involvement: the plan is made with the citizen, who may change practitioner")
  void userInvolvement() {
    Statement involvement = STANDARD.statements().stream().filter(s -> s.topic() == Topic.USER_INVOLVEMENT)
        .findFirst().orElseThrow();
    assertEquals("ODS-U1", involvement.source().rule());
    assertTrue(involvement.source().quote().contains("skifte til en anden behandler"));
  }

  @Test
  @DisplayName("ODS-U2 follow-up after 1 month and after 3 months (not 6 as NAT-U1 requires), encoded as written")
  void followUpOneAndThreeMonths() {
    assertEquals(1, STANDARD.followUps().size());
    FollowUpRule followUp = STANDARD.followUps().get(0);
    assertEquals(FollowUpKind.FOLLOW_UP, followUp.kind());
    assertEquals(List.of(Span.of(1, Unit.MONTHS), Span.of(3, Unit.MONTHS)), followUp.after());
    assertNotEquals(FollowUpRule.national(followUp.source()).after(), followUp.after(),
        "falls short of the national 1 and 6 months");
    LocalDate ended = LocalDate.of(2025, 1, 31);
    assertEquals(LocalDate.of(2025, 2, 28), Unit.MONTHS.addTo(ended, followUp.after().get(0).exactly()));
    assertEquals(LocalDate.of(2025, 4, 30), Unit.MONTHS.addTo(ended, followUp.after().get(1).exactly()));
  }

  @Test
  @DisplayName("ODS-U2 for the four statuses: completed, other offer, hospital, other reason; not drop-outs or deaths")
  void fourStatuses() {
    FollowUpRule followUp = STANDARD.followUps().get(0);
    assertEquals(EnumSet.of(EndStatus.COMPLETED, EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON),
        EnumSet.copyOf(followUp.qualifyingEndings()));
    assertFalse(followUp.qualifyingEndings().contains(EndStatus.DROPPED_OUT));
    assertTrue(followUp.source().quote().contains("stofmisbrugsbehandling"), "stated for drug treatment");
  }

  @Test
  @DisplayName("ODS-R1 external day and residential providers: pre-meeting, midway and final status with the team, written status, approval and listing")
  void providerRequirements() {
    List<ProviderRequirement> requirements = STANDARD.providerRequirements();
    assertEquals(3, requirements.size());
    for (ProviderRequirement requirement : requirements) {
      assertEquals("ODS-R1", requirement.source().rule());
      assertEquals(Set.of(OfferKind.DAY, OfferKind.RESIDENTIAL), requirement.offerKinds());
    }
    List<String> quotes = requirements.stream().map(ProviderRequirement::source).map(Source::quote).toList();
    assertTrue(quotes.get(0).contains("for-samtale, midtvejs-statusmøde, og slut-statusmøde"));
    assertTrue(quotes.get(1).contains("skriftlig midtvejs- og slutstatus"));
    assertTrue(quotes.get(2).contains("godkendt af Socialtilsynet"));
  }

  @Test
  @DisplayName("ODS-C1 social treatment: complaint to the municipality, then Ankestyrelsen; the seed states no citizen's time limit")
  void socialTreatmentComplaint() {
    ComplaintRoute social = route(ComplaintSubject.SOCIAL_TREATMENT);
    assertEquals("Odsherred Kommune", social.body());
    assertEquals(Optional.of("Ankestyrelsen"), social.appealTo());
    assertTrue(social.appealable());
    assertEquals(Optional.empty(), social.limit(), "the 4 weeks are the municipality's, not the citizen's");
  }

  @Test
  @DisplayName("ODS-C1 the seed lists § 101 a under the social route, but anonymous decisions are not appealable (NAT-A4)")
  void anonymousNotAppealable() {
    ComplaintRoute anonymous = route(ComplaintSubject.ANONYMOUS_TREATMENT);
    assertFalse(anonymous.appealable());
    assertEquals(Optional.empty(), anonymous.appealTo());
    assertTrue(anonymous.source().quote().contains("SEL § 101 og 101a"));
  }

  @Test
  @DisplayName("ODS-C2 the health-professional part (SUL §§ 141-142): Styrelsen for Patientsikkerhed, Finsensvej 15, 2000 Frederiksberg")
  void healthComplaint() {
    ComplaintRoute health = route(ComplaintSubject.HEALTH_TREATMENT);
    assertEquals("Styrelsen for Patientsikkerhed", health.body());
    assertEquals(Optional.of("Finsensvej 15, 2000 Frederiksberg"), health.address());
    assertEquals(Optional.empty(), health.appealTo());
  }

  @Test
  @DisplayName("ODS-C3 staff: to the team's leader, then the centre head; the citizens' adviser on 21 15 69 47")
  void staffComplaint() {
    ComplaintRoute staff = route(ComplaintSubject.CASE_HANDLING);
    assertEquals("Lederen af Rusmiddelteamet", staff.body());
    assertEquals(Optional.of("Centerchefen for Center for Social- og arbejdsmarked"), staff.appealTo());
    assertEquals(Optional.empty(), staff.limit());
    ContactPoint adviser = STANDARD.contactPoints().stream().filter(c -> c.name().equals("Borgerrådgiveren"))
        .findFirst().orElseThrow();
    assertEquals(Optional.of("21 15 69 47"), adviser.phone());
    assertEquals(Optional.of("borgerradgiver@odsherred.dk"), adviser.email());
    assertFalse(adviser.applyHere(), "the adviser advises; it does not decide on treatment");
    assertFalse(adviser.routes(30, OfferKind.OUTPATIENT));
  }

  @Test
  @DisplayName("ODS-C3 the citizen may complain personally or through a proxy: a person, an association or a lawyer")
  void proxy() {
    assertTrue(STANDARD.statements().stream()
        .anyMatch(s -> s.source().rule().equals("ODS-C3") && s.source().quote().contains("fuldmagt")));
  }
}
