package dk.kvalitetsstandard.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class JsonRoundTripTest {

  @Test
  @DisplayName("A standard using every element round-trips through JSON without loss")
  void standardRoundTrips() {
    QualityStandard standard = SampleStandards.complete();
    String json = Json.mapper().writeValueAsString(standard);
    QualityStandard back = Json.mapper().readValue(json, QualityStandard.class);
    assertEquals(standard, back);
    assertEquals(json, Json.mapper().writeValueAsString(back));
  }

  @Test
  @DisplayName("Dates are written as ISO dates and properties in declaration order")
  void isoDatesAndOrder() {
    String json = Json.mapper().writeValueAsString(SampleStandards.complete());
    assertTrue(json.contains("\"from\" : \"2025-01-01\""), json);
    assertTrue(json.indexOf("\"municipality\"") < json.indexOf("\"title\""), json);
  }

  @Test
  @DisplayName("An unknown property is an error, not silently ignored")
  void unknownPropertyRejected() {
    String json = "{\"act\":\"SEL\",\"paragraph\":\"101\",\"stk\":4,\"paragraf\":\"x\"}";
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> Json.mapper().readValue(json, LegalReference.class));
    assertTrue(e.getMessage().contains("paragraf"), e.getMessage());
  }

  @Test
  @DisplayName("A legal reference with its period round-trips")
  void legalReferenceRoundTrips() {
    LegalReference ref = LegalReference.of(Act.BARNETS_LOV, "33").inForceFrom(LocalDate.of(2024, 1, 1));
    assertEquals(ref, Json.mapper().readValue(Json.mapper().writeValueAsString(ref), LegalReference.class));
  }
}
