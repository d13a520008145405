package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.standard.Bound;
import dk.kvalitetsstandard.standard.KeyFigure;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.ProviderRequirement;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersProvidersAndKeyFiguresTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-R1")
  @DisplayName("RAN-R1 nine requirements bind residential providers")
  void residentialRequirements() {
    List<ProviderRequirement> requirements = STANDARD.providerRequirements();
    assertEquals(9, requirements.size());
    for (ProviderRequirement requirement : requirements) {
      assertEquals("RAN-R1", requirement.source().rule());
      assertEquals(Set.of(OfferKind.RESIDENTIAL), requirement.offerKinds());
    }
  }

  @Test
  @Tag("RAN-R1")
  @Tag("RAN-D1")
  @DisplayName("RAN-R1 evidence-based methods, Socialtilsynet and Tilbudsportalen, status reports and 2-day notice (RAN-D1)")
  void namedRequirements() {
    List<String> quotes = STANDARD.providerRequirements().stream().map(r -> r.source().quote()).toList();
    assertTrue(quotes.contains("Bruge evidensbaserede behandlingsmetoder."));
    assertTrue(quotes.contains("Være godkendt af Socialtilsynet og fremgå af Tilbudsportalen.dk."));
    assertTrue(quotes.stream().anyMatch(q -> q.contains("orientere os inden to dage ved afbrudt behandling")));
    assertTrue(quotes.stream().anyMatch(q -> q.contains("priser per dag per ydelse")));
  }

  @Test
  @Tag("RAN-Q1")
  @DisplayName("RAN-Q1 at least 60 % of drug clients reduce or stop their use after treatment, by 2022")
  void reductionTarget() {
    KeyFigure figure = figure("RAN-Q1");
    assertEquals(60, figure.percent());
    assertEquals(Bound.AT_LEAST, figure.bound());
    assertEquals(Optional.of(2022), figure.year());
  }

  @Test
  @Tag("RAN-Q2")
  @DisplayName("RAN-Q2 at most 15 % of those discharged as completed are readmitted within 12 months; no year")
  void readmissionTarget() {
    KeyFigure figure = figure("RAN-Q2");
    assertEquals(15, figure.percent());
    assertEquals(Bound.AT_MOST, figure.bound());
    assertEquals(Optional.empty(), figure.year());
  }

  private static KeyFigure figure(String rule) {
    return STANDARD.keyFigures().stream().filter(k -> k.source().rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no key figure carries " + rule));
  }
}
