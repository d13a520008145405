package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersGuaranteeAndDeadlinesTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 treatment starts no later than 14 days after the citizen's contact with the municipality")
  void guarantee() {
    assertEquals(1, STANDARD.guarantees().size());
    GuaranteeRule guarantee = STANDARD.guarantees().get(0);
    assertEquals("RAN-G1", guarantee.source().rule());
    assertEquals(Set.of(Track.SOCIAL_DRUG), guarantee.tracks());
    assertEquals(14, guarantee.days());
    assertEquals(Promise.START, guarantee.promise());
    assertEquals(ClockStart.FIRST_CONTACT, guarantee.clockStart());
    assertTrue(guarantee.clockStart().startsOn(ContactChannel.PHONE), "a phone call is a contact");
    assertEquals(Optional.empty(), guarantee.fromAge());
    assertTrue(guarantee.notCovering().isEmpty());
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 a contact on 5 January 2026 gives a start due by 19 January 2026 (calendar days)")
  void guaranteeDueDate() {
    int days = STANDARD.guarantees().get(0).days();
    assertEquals(LocalDate.of(2026, 1, 19), Unit.DAYS.addTo(LocalDate.of(2026, 1, 5), days));
  }

  @Test
  @Tag("RAN-G1")
  @DisplayName("RAN-G1 the guarantee is not stated for anonymous treatment (NAT-G3)")
  void noGuaranteeOnAnonymousTrack() {
    assertTrue(STANDARD.guarantees().stream().noneMatch(g -> g.tracks().contains(Track.ANONYMOUS_DRUG)));
  }

  @Test
  @Tag("RAN-G2")
  @DisplayName("RAN-G2 under 18: the 14-day guarantee needs Myndighedscenteret's decision first")
  void minorsNeedDecision() {
    assertEquals(MinorsRule.NEEDS_DECISION, STANDARD.guarantees().get(0).minors());
    Source condition = STANDARD.guarantees().get(0).minorsRule();
    assertEquals("RAN-G2", condition.rule());
    assertTrue(condition.quote().contains("alvorlige social og adfærdsmæssige problemer"));
    assertTrue(condition.quote().contains("behandlingsgarantien på 14 dage også for dig"));
  }

  @Test
  @Tag("RAN-D1")
  @DisplayName("RAN-D1 a residential provider notifies the municipality within 2 days of an interruption")
  void providerNotice() {
    assertEquals(1, STANDARD.deadlines().size());
    DeadlineRule notice = STANDARD.deadlines().get(0);
    assertEquals("RAN-D1", notice.source().rule());
    assertEquals(DeadlineKind.PROVIDER_NOTICE, notice.kind());
    assertEquals(Span.of(2, Unit.DAYS), notice.limit());
    assertEquals(Set.of(Track.SOCIAL_DRUG), notice.tracks());
    assertEquals(LocalDate.of(2026, 4, 1),
        notice.limit().unit().addTo(LocalDate.of(2026, 3, 30), notice.limit().exactly()));
  }
}
