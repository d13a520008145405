package dk.kvalitetsstandard.odsherred;

import static dk.kvalitetsstandard.odsherred.OdsherredRules.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Odsherred guarantee and deadlines: 14 days from in-person attendance, an offer, from age 12")
class OdsherredGuaranteeAndDeadlinesTest {

  private static GuaranteeRule guarantee() {
    assertEquals(1, STANDARD.guarantees().size(), "one guarantee");
    return STANDARD.guarantees().get(0);
  }

  @Test
  @DisplayName("ODS-G1 14-day guarantee for alcohol and for drug treatment, social and medical")
  void fourteenDaysForAlcoholAndDrugs() {
    assertEquals(14, guarantee().days());
    assertEquals(Set.of(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL), guarantee().tracks());
    assertEquals("ODS-G1", guarantee().source().rule());
  }

  @Test
  @DisplayName("ODS-G1 'skal dette tilbydes indenfor 14 dage': the seed promises an offer, not a start (below the law)")
  void promisesAnOffer() {
    assertEquals(Promise.OFFER, guarantee().promise());
    assertTrue(guarantee().source().quote().contains("tilbydes indenfor 14 dage"));
  }

  @Test
  @DisplayName("ODS-G1 ODS-M2 the guarantee applies to under-18s as to adults, from age 12")
  void minorsFromTwelve() {
    assertEquals(MinorsRule.APPLIES, guarantee().minors());
    assertEquals(Optional.of(12), guarantee().fromAge());
    assertTrue(guarantee().notCovering().isEmpty());
  }

  @Test
  @DisplayName("ODS-G2 the clock starts when the citizen attends in person; a phone call or digital contact does not start it")
  void clockStartsAtInPersonAttendance() {
    ClockStart clock = guarantee().clockStart();
    assertEquals(ClockStart.IN_PERSON_ATTENDANCE, clock);
    assertTrue(clock.startsOn(ContactChannel.IN_PERSON));
    assertFalse(clock.startsOn(ContactChannel.PHONE));
    assertFalse(clock.startsOn(ContactChannel.DIGITAL));
  }

  @Test
  @DisplayName("ODS-G2 a citizen who phones on 3 March and attends on 8 March 2025 is due an offer by 22 March, not 17 March")
  void phoneThenAttend() {
    LocalDate phoned = LocalDate.of(2025, 3, 3);
    LocalDate attended = LocalDate.of(2025, 3, 8);
    ClockStart clock = guarantee().clockStart();
    LocalDate start = clock.startsOn(ContactChannel.PHONE) ? phoned : attended;
    assertEquals(LocalDate.of(2025, 3, 22), Unit.DAYS.addTo(start, guarantee().days()));
    Source g2 = guarantee().clockRule();
    assertEquals("ODS-G2", g2.rule());
    assertTrue(g2.quote().contains("personligt møder op"));
  }

  @Test
  @DisplayName("ODS-G3 anonymous § 101 a treatment is outside the guarantee; free choice may set the 14 days aside")
  void anonymousOutsideAndWaiverOnFreeChoice() {
    assertFalse(guarantee().tracks().contains(Track.ANONYMOUS_DRUG));
    Statement g3 = STANDARD.statements().stream().filter(s -> s.source().rule().equals("ODS-G3")).findFirst()
        .orElseThrow();
    assertTrue(g3.source().quote().contains("ikke omfattet af behandlingsgarantien"));
    assertTrue(g3.text().contains("free choice"));
    assertTrue(g3.source().note().orElseThrow().contains("frit valgs ordningen"));
  }

  @Test
  @DisplayName("ODS-C1 the municipality has 4 weeks to reconsider a complaint on social treatment")
  void reconsiderationWithinFourWeeks() {
    assertEquals(1, STANDARD.deadlines().size());
    DeadlineRule reconsideration = STANDARD.deadlines().get(0);
    assertEquals(DeadlineKind.RECONSIDERATION, reconsideration.kind());
    assertEquals(Span.of(4, Unit.WEEKS), reconsideration.limit());
    assertEquals(Set.of(Track.SOCIAL_DRUG), reconsideration.tracks());
    assertEquals(LocalDate.of(2025, 6, 30), reconsideration.limit().unit()
        .addTo(LocalDate.of(2025, 6, 2), reconsideration.limit().exactly()));
  }
}
