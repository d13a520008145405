package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.jammerbugt.Jammerbugt.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JammerbugtSpecialGroupsAndContactsTest {

  @Test
  @DisplayName("JAM-O1 every citizen and relative turns to the centre's practitioners on tlf. 7257 7684")
  void routing() {
    List<ContactPoint> applyHere = STANDARD.contactPoints().stream().filter(ContactPoint::applyHere).toList();
    assertEquals(1, applyHere.size(), "one way in: 'Indgangen til behandlingstilbuddene sker gennem rusmiddelbehandlerne'");
    ContactPoint centre = applyHere.get(0);
    assertEquals("Rusmiddelcenter Jammerbugt", centre.name());
    assertEquals(Optional.of("7257 7684"), centre.phone());
    assertEquals(Optional.of("Industrivej 2B, Aabybro"), centre.address());
    assertTrue(centre.forRelatives());
    assertTrue(centre.routes(16, OfferKind.MOVE));
    assertTrue(centre.routes(45, OfferKind.RESIDENTIAL));
  }

  @Test
  @DisplayName("JAM-M1 Kriminalforsorgen contacts the centre directly on tlf. 7257 7684, as the seed's pending edit asks")
  void kriminalforsorgen() {
    ContactPoint contact = STANDARD.contactPoints().stream()
        .filter(c -> c.role().contains("Kriminalforsorgen")).findFirst().orElseThrow();
    assertEquals(Optional.of("7257 7684"), contact.phone(), "not the coordinator's 4191 2128");
    assertFalse(contact.applyHere());
    assertTrue(contact.source().note().orElseThrow().contains("pending change"));
    assertEquals("Kontakten går direkte til Rusmiddelcenter Jammerbugt, tlf. 7257 7684", contact.source().quote());
  }

  @Test
  @DisplayName("JAM-S1 citizens with developmental disabilities: social department first, treatment judged individually")
  void developmentalDisabilities() {
    Statement statement = statement("JAM-S1");
    assertEquals(Topic.SPECIAL_GROUPS, statement.topic());
    assertTrue(statement.text().contains("social department"));
  }

  @Test
  @DisplayName("JAM-S2 pregnant citizens: Familieambulatoriet (open referral), health visitors involved, retention contract before start")
  void pregnant() {
    ContactPoint clinic = STANDARD.contactPoints().stream()
        .filter(c -> c.source().rule().equals("JAM-S2")).findFirst().orElseThrow();
    assertEquals("Familieambulatoriet, Region Nordjylland", clinic.name());
    assertFalse(clinic.applyHere(), "a place to ask for help, not where municipal offers are granted");
    List<Statement> statements = STANDARD.statements().stream()
        .filter(s -> s.source().rule().equals("JAM-S2")).toList();
    assertEquals(2, statements.size());
    assertTrue(statements.stream().allMatch(s -> s.topic() == Topic.SPECIAL_GROUPS));
    assertTrue(statements.stream().anyMatch(s -> s.source().quote().equals("Kontrakten skal indgås, før behandlingen påbegyndes.")));
    assertTrue(statements.stream().anyMatch(s -> s.source().quote().contains("Sundhedsplejen")));
  }

  @Test
  @DisplayName("JAM-M1 the centre has the extended duty to notify and always involves the family department")
  void childrenAndFamily() {
    Statement statement = STANDARD.statements().stream()
        .filter(s -> s.topic() == Topic.CHILDREN_AND_FAMILY).findFirst().orElseThrow();
    assertTrue(statement.source().quote().contains("Familieafdelingen"));
    assertTrue(statement.text().contains("SEL § 153"));
  }

  @Test
  @DisplayName("JAM-O11 after residential treatment: an aftercare plan and outpatient conversations")
  void residentialCourse() {
    Statement statement = STANDARD.statements().stream()
        .filter(s -> s.topic() == Topic.RESIDENTIAL_COURSE).findFirst().orElseThrow();
    assertEquals("JAM-O11", statement.source().rule());
    assertTrue(statement.source().quote().contains("efterbehandlingsplan"));
  }

  private static Statement statement(String rule) {
    List<Statement> found = STANDARD.statements().stream().filter(s -> s.source().rule().equals(rule)).toList();
    assertEquals(1, found.size(), rule);
    return found.get(0);
  }
}
