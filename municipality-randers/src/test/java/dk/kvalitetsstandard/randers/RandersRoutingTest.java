package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersRoutingTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-V1")
  @DisplayName("RAN-V1 outpatient (MOVE included) for adults: a visitation conversation in Åben Rådgivning")
  void outpatientRoute() {
    ContactPoint open = point("RAN-V1");
    assertEquals("Åben Rådgivning", open.name());
    assertEquals(Set.of(OfferKind.OUTPATIENT, OfferKind.MOVE), open.offerKinds());
    assertEquals(Optional.of(18), open.minAge());
    assertEquals(List.of("Åben Rådgivning"), routesFor(18, OfferKind.OUTPATIENT));
    assertEquals(List.of("Åben Rådgivning"), routesFor(45, OfferKind.MOVE));
  }

  @Test
  @Tag("RAN-V2")
  @DisplayName("RAN-V2 residential for adults: decided by a visitation committee")
  void residentialRoute() {
    ContactPoint committee = point("RAN-V2");
    assertEquals("Visitationsudvalg", committee.name());
    assertEquals(Set.of(OfferKind.RESIDENTIAL), committee.offerKinds());
    assertEquals(List.of("Visitationsudvalg"), routesFor(30, OfferKind.RESIDENTIAL));
  }

  @Test
  @Tag("RAN-V3")
  @DisplayName("RAN-V3 under 18 (max age 17): Myndighedscenteret decides whether treatment starts")
  void minorsRoute() {
    ContactPoint authority = point("RAN-V3");
    assertEquals("Myndighedscenteret", authority.name());
    assertEquals(Optional.of(17), authority.maxAge());
    assertEquals(Optional.empty(), authority.minAge());
    for (OfferKind kind : List.of(OfferKind.OUTPATIENT, OfferKind.MOVE, OfferKind.RESIDENTIAL)) {
      assertEquals(List.of("Myndighedscenteret"), routesFor(17, kind), kind.name());
      assertEquals(List.of("Myndighedscenteret"), routesFor(14, kind), kind.name());
    }
  }

  @Test
  @Tag("RAN-V1")
  @Tag("RAN-V2")
  @Tag("RAN-V3")
  @DisplayName("RAN-V1..V3 reading: every age and treatment kind has exactly one place that decides")
  void routingIsExclusive() {
    for (int age = 0; age <= 100; age++) {
      for (OfferKind kind : List.of(OfferKind.OUTPATIENT, OfferKind.MOVE, OfferKind.RESIDENTIAL)) {
        assertEquals(1, routesFor(age, kind).size(), age + " " + kind);
      }
    }
  }

  @Test
  @Tag("RAN-V1")
  @DisplayName("RAN-V1..V3 routes serve the social track and give no contact details the seed lacks")
  void noInventedContactDetails() {
    assertEquals(3, STANDARD.contactPoints().size());
    for (ContactPoint point : STANDARD.contactPoints()) {
      assertEquals(Set.of(Track.SOCIAL_DRUG), point.tracks(), point.name());
      assertTrue(point.applyHere(), point.name());
      assertEquals(Optional.empty(), point.phone(), point.name());
      assertEquals(Optional.empty(), point.email(), point.name());
      assertEquals(Optional.empty(), point.address(), point.name());
      assertEquals(Optional.empty(), point.web(), point.name());
    }
  }

  private static List<String> routesFor(int age, OfferKind kind) {
    return STANDARD.contactPoints().stream().filter(p -> p.routes(age, kind)).map(ContactPoint::name).toList();
  }

  private static ContactPoint point(String rule) {
    return STANDARD.contactPoints().stream().filter(p -> p.source().rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no contact point carries " + rule));
  }
}
