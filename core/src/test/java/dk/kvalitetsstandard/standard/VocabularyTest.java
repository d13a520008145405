package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  @DisplayName("D0-2 months are calendar months: 31 January + 1 month is the end of February")
  void monthArithmetic() {
    assertEquals(LocalDate.of(2026, 2, 28), Unit.MONTHS.addTo(LocalDate.of(2026, 1, 31), 1));
    assertEquals(LocalDate.of(2024, 2, 29), Unit.MONTHS.addTo(LocalDate.of(2024, 1, 31), 1));
    assertEquals(LocalDate.of(2023, 5, 5), Unit.WEEKS.addTo(LocalDate.of(2023, 4, 7), 4));
    assertThrows(UnsupportedOperationException.class, () -> Unit.SESSIONS.addTo(LocalDate.of(2026, 1, 1), 1));
  }

  @Test
  @DisplayName("Spans read as the seeds write them")
  void spans() {
    assertEquals("1-5 sessions", Span.between(1, 5, Unit.SESSIONS).toString());
    assertEquals("14 days", Span.of(14, Unit.DAYS).toString());
    assertEquals("1 month", Span.of(1, Unit.MONTHS).toString());
    assertEquals("at least 8 sessions", Span.atLeast(8, Unit.SESSIONS).toString());
    assertEquals("2-8 sessions a month", Frequency.of(Span.between(2, 8, Unit.SESSIONS), Unit.MONTHS).toString());
    assertEquals(14, Span.of(14, Unit.DAYS).exactly());
    assertThrows(IllegalStateException.class, () -> Span.between(1, 3, Unit.MONTHS).exactly());
  }

  @Test
  @DisplayName("NAT-X2 age limits include both ends")
  void ageLimits() {
    Offer adults = Offer.builder().from(SampleStandards.complete().offers().get(0)).build();
    assertFalse(adults.admitsAge(17));
    assertTrue(adults.admitsAge(18));
    ContactPoint under25 = SampleStandards.complete().contactPoints().get(0);
    assertTrue(under25.routes(24, OfferKind.OUTPATIENT));
    assertFalse(under25.routes(25, OfferKind.OUTPATIENT));
  }

  @Test
  @DisplayName("A validity period: contains, expired, overlaps; open ends reach forever")
  void validity() {
    Validity v = Validity.builder().from(LocalDate.of(2022, 1, 1)).to(LocalDate.of(2023, 12, 31))
        .source(Source.of("TST-M1", "2022-2023")).build();
    assertTrue(v.contains(LocalDate.of(2023, 12, 31)));
    assertFalse(v.contains(LocalDate.of(2024, 1, 1)));
    assertTrue(v.hasExpiredBy(LocalDate.of(2024, 1, 1)));
    assertFalse(v.hasExpiredBy(LocalDate.of(2023, 12, 31)));
    Validity open = Validity.builder().source(Source.of("TST-M1", "Udateret")).build();
    assertTrue(open.contains(LocalDate.MIN.plusYears(1)));
    assertTrue(open.overlaps(v));
    Validity later = Validity.builder().from(LocalDate.of(2024, 1, 1)).source(Source.of("TST-M1", "Fra 2024")).build();
    assertFalse(later.overlaps(v));
    assertEquals("2022-01-01 to 2023-12-31", v.toString());
  }

  @Test
  @DisplayName("The guarantee clock: national first contact excludes a provider's intake; Odsherred's starts only in person")
  void clockStarts() {
    assertTrue(ClockStart.FIRST_CONTACT.startsOn(ContactChannel.PHONE));
    assertFalse(ClockStart.FIRST_CONTACT.startsOn(ContactChannel.VIA_PROVIDER));
    assertTrue(ClockStart.CONTACT_INCLUDING_APPROVED_PROVIDER.startsOn(ContactChannel.VIA_PROVIDER));
    assertFalse(ClockStart.IN_PERSON_ATTENDANCE.startsOn(ContactChannel.PHONE));
    assertTrue(ClockStart.IN_PERSON_ATTENDANCE.startsOn(ContactChannel.IN_PERSON));
  }

  @Test
  @DisplayName("A standard lists every rule ID its elements carry, including nested criteria")
  void ruleIds() {
    assertTrue(SampleStandards.complete().ruleIds().containsAll(java.util.List.of("TST-O1", "TST-O2", "TST-F1", "TST-M2")));
  }
}
