package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.ProviderRequirement;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GEN-U1: follow-up after the end; GEN-U2: provider reporting; GEN-C1: complaints. */
class GentofteFollowUpAndComplaintsTest {

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  private FollowUpRule followUp() {
    assertEquals(1, standard.followUps().size());
    return standard.followUps().get(0);
  }

  @Test
  @DisplayName("GEN-U1 The substance consultant follows up one month and again six months after the end")
  void oneAndSixMonths() {
    FollowUpRule rule = followUp();
    assertEquals(FollowUpKind.FOLLOW_UP, rule.kind());
    assertEquals(List.of(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS)), rule.after());
    assertEquals("GEN-U1", rule.source().rule());
  }

  @Test
  @DisplayName("GEN-U1 Follow-up after 31 January falls due on 29 February and 31 July (calendar months)")
  void dueDates() {
    LocalDate end = LocalDate.of(2024, 1, 31);
    List<LocalDate> due = followUp().after().stream().map(s -> s.unit().addTo(end, s.exactly())).toList();
    assertEquals(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 7, 31)), due);
  }

  @Test
  @DisplayName("GEN-U1 Any ended course is followed up, a drop-out too; a deceased citizen never")
  void anyEnding() {
    FollowUpRule rule = followUp();
    assertEquals(EnumSet.complementOf(EnumSet.of(EndStatus.DECEASED)), EnumSet.copyOf(rule.qualifyingEndings()));
    assertTrue(rule.qualifyingEndings().containsAll(NationalFloor.FOLLOW_UP.qualifying()),
        "at least the four national statuses (NAT-U1)");
    assertTrue(rule.qualifyingEndings().contains(EndStatus.DROPPED_OUT), "more generous than NAT-U1");
    assertFalse(rule.qualifyingEndings().contains(EndStatus.DECEASED));
  }

  @Test
  @DisplayName("GEN-U2 Providers send ongoing and final status, describe progress, and notify endings or changes")
  void providerReporting() {
    List<ProviderRequirement> requirements = standard.providerRequirements();
    assertEquals(3, requirements.size());
    assertTrue(requirements.stream().allMatch(r -> r.source().rule().equals("GEN-U2")));
    assertTrue(requirements.stream().allMatch(r -> r.offerKinds().isEmpty()), "binds every provider");
    assertTrue(requirements.stream().anyMatch(r -> r.source().quote().contains("afsluttende status")));
    assertTrue(requirements.stream().anyMatch(r -> r.source().quote().contains("planlagt ophør")));
  }

  @Test
  @DisplayName("GEN-C1 A decision not fully granted can be appealed within 4 weeks")
  void complaintWithinFourWeeks() {
    assertEquals(1, standard.complaints().size());
    ComplaintRoute route = standard.complaints().get(0);
    assertEquals(ComplaintSubject.SOCIAL_TREATMENT, route.subject());
    assertEquals(Optional.of(Span.of(4, Unit.WEEKS)), route.limit());
    assertTrue(route.appealable());
    assertEquals("Gentofte Kommune", route.body());
    assertEquals("GEN-C1", route.source().rule());
  }

  @Test
  @DisplayName("GEN-C1 The seed names no appeal body and no address: left empty, the law applies from core")
  void noAppealBodyStated() {
    ComplaintRoute route = standard.complaints().get(0);
    assertTrue(route.appealTo().isEmpty());
    assertTrue(route.address().isEmpty());
    assertTrue(standard.complaints().stream().noneMatch(c -> c.subject() == ComplaintSubject.ANONYMOUS_TREATMENT));
  }
}
