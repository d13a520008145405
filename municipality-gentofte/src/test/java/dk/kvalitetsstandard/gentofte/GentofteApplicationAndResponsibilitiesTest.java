package dk.kvalitetsstandard.gentofte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GEN-A1: where to apply; GEN-O1, GEN-O3: where to turn for counselling and anonymous treatment; GEN-B1, GEN-O7. */
class GentofteApplicationAndResponsibilitiesTest {

  private final QualityStandard standard = new GentofteStandardProvider().standard();

  private Optional<String> firstRoute(int age, OfferKind kind) {
    return standard.contactPoints().stream().filter(c -> c.routes(age, kind)).map(ContactPoint::name).findFirst();
  }

  @Test
  @DisplayName("GEN-A1 Apply by Digital Post (borger.dk, the app, e-Boks, mit.dk) or via one's caseworker")
  void applyToTheMunicipality() {
    List<ContactPoint> municipal = standard.contactPoints().stream()
        .filter(c -> c.source().rule().equals("GEN-A1") && c.offerKinds().contains(OfferKind.RESIDENTIAL)).toList();
    assertEquals(2, municipal.size());
    assertTrue(municipal.get(0).source().quote().contains("e-Boks eller mit.dk"));
    assertTrue(municipal.get(1).source().quote().contains("sagsbehandler"));
    assertTrue(municipal.stream().allMatch(c -> c.phone().isEmpty()), "the seed gives no phone number");
  }

  @Test
  @DisplayName("GEN-A1 Day, residential and substitution are applied for at the municipality")
  void routingToTheMunicipality() {
    for (OfferKind kind : List.of(OfferKind.DAY, OfferKind.RESIDENTIAL, OfferKind.SUBSTITUTION)) {
      assertEquals(Optional.of("Gentofte Kommune, Social og Handicap Myndighed (Digital Post)"), firstRoute(40, kind));
    }
  }

  @Test
  @DisplayName("GEN-A1 For outpatient treatment the citizen may also contact the providers directly")
  void outpatientDirectlyAtTheProvider() {
    assertTrue(standard.contactPoints().stream()
        .anyMatch(c -> c.name().equals("KABS") && c.routes(30, OfferKind.OUTPATIENT)));
  }

  @Test
  @DisplayName("GEN-O3 Anonymous treatment is taken up at KABS or Gladsaxe Rusmiddelcenter, never the municipality")
  void anonymousAtTheProviders() {
    List<String> names = standard.contactPoints().stream().filter(c -> c.routes(30, OfferKind.ANONYMOUS_OUTPATIENT))
        .map(ContactPoint::name).toList();
    assertEquals(List.of("KABS", "Gladsaxe Rusmiddelcenter"), names);
  }

  @Test
  @DisplayName("GEN-O1 Counselling, for citizens and relatives, from the substance consultant")
  void counsellingAtTheConsultant() {
    assertEquals(Optional.of("Gentofte Kommunes rusmiddelkonsulent"), firstRoute(17, OfferKind.COUNSELLING));
    ContactPoint consultant = standard.contactPoints().get(0);
    assertTrue(consultant.forRelatives());
    assertTrue(consultant.web().isEmpty(), "the seed's link has no address");
  }

  @Test
  @DisplayName("GEN-B1 The citizen cooperates, attends, follows medical advice; Gentofte may end a course on no-shows")
  void citizenResponsibilities() {
    List<Statement> b1 = standard.statements().stream().filter(s -> s.topic() == Topic.CITIZEN_RESPONSIBILITIES)
        .toList();
    assertEquals(2, b1.size());
    assertTrue(b1.stream().allMatch(s -> s.source().rule().equals("GEN-B1")));
    assertTrue(b1.get(1).source().quote().contains("udebliver fra planlagt behandling"));
  }

  @Test
  @DisplayName("GEN-O7 With children at home Gentofte always involves its children-and-family department")
  void childrenAndFamily() {
    Statement statement = standard.statements().stream().filter(s -> s.topic() == Topic.CHILDREN_AND_FAMILY)
        .findFirst().orElseThrow();
    assertEquals("GEN-O7", statement.source().rule());
    assertTrue(statement.source().quote().contains("altid initiativ til et samarbejde med Børn og Familie-afdelingen"));
  }
}
