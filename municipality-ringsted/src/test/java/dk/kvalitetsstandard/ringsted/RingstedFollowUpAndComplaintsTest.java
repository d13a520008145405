package dk.kvalitetsstandard.ringsted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.ProviderRequirement;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Topic;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RIN-U2, RIN-U3, RIN-C1: residential follow-up, follow-up after the end, and complaints. */
class RingstedFollowUpAndComplaintsTest {

  private final QualityStandard standard = new RingstedStandardProvider().standard();

  @Test
  @DisplayName("RIN-U2 during residential treatment a status meeting adjusts the plan; smooth passage to aftercare")
  void residentialStatusMeeting() {
    assertTrue(standard.statements().stream().anyMatch(s -> s.topic() == Topic.RESIDENTIAL_COURSE
        && s.source().rule().equals("RIN-U2") && s.source().quote().contains("statusmøde")));
  }

  @Test
  @DisplayName("RIN-U2 residential providers work from the individual plan in ongoing dialogue with Rådgivningscentret")
  void residentialProviderRequirement() {
    assertEquals(1, standard.providerRequirements().size());
    ProviderRequirement requirement = standard.providerRequirements().get(0);
    assertEquals(Set.of(OfferKind.RESIDENTIAL), requirement.offerKinds());
    assertTrue(requirement.source().quote().contains("løbende dialog"));
  }

  @Test
  @DisplayName("RIN-U3 follow-up no later than 1 month after the end and again after 6 months")
  void followUpOneAndSixMonths() {
    assertEquals(1, standard.followUps().size());
    FollowUpRule rule = standard.followUps().get(0);
    assertEquals(FollowUpKind.FOLLOW_UP, rule.kind());
    assertEquals(List.of(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS)), rule.after());
    assertEquals("RIN-U3", rule.source().rule());
  }

  @Test
  @DisplayName("RIN-U3 for endings completed, to another offer or hospital, or other reason; not dropping out or death")
  void qualifyingEndings() {
    FollowUpRule rule = standard.followUps().get(0);
    assertEquals(EnumSet.of(EndStatus.COMPLETED, EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON),
        EnumSet.copyOf(rule.qualifyingEndings()));
    assertFalse(rule.qualifyingEndings().contains(EndStatus.DROPPED_OUT));
    assertFalse(rule.qualifyingEndings().contains(EndStatus.DECEASED));
  }

  @Test
  @DisplayName("RIN-C1 complaints go to Rådgivningscentret within 4 weeks of receiving the decision, then Ankestyrelsen")
  void socialTreatmentComplaint() {
    assertEquals(1, standard.complaints().size());
    ComplaintRoute route = standard.complaints().get(0);
    assertEquals(ComplaintSubject.SOCIAL_TREATMENT, route.subject());
    assertEquals("Rådgivningscentret", route.body());
    assertEquals("Ankestyrelsen", route.appealTo().orElseThrow());
    assertEquals(Span.of(4, Unit.WEEKS), route.limit().orElseThrow());
    assertTrue(route.appealable());
  }

  @Test
  @DisplayName("RIN-C1 the seed gives no route for anonymous, health-professional or case-handling complaints")
  void onlyTheSeedsRoute() {
    assertTrue(standard.complaints().stream().noneMatch(c -> c.subject() != ComplaintSubject.SOCIAL_TREATMENT));
  }
}
