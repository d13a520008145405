package example.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * The README's Java example in a Spring Boot 4 build that pins nothing: Boot 4.0.7 manages Jackson 3
 * down to 3.1.4 and its annotations to 2.21, and the library runs on them.
 */
class ReadmeExampleTest {

  @Test
  void theClassPathHasBootsJackson() throws Exception {
    assertEquals("jackson-annotations-2.21.jar", jarOf(JsonProperty.class));
    assertEquals("jackson-databind-3.1.4.jar", jarOf(ObjectMapper.class));
  }

  @Test
  void theReadmeExampleWritesTheGuaranteeAsJson() throws Exception {
    // The README's example ("Deadlines of a case: report", From Java).
    DeadlineEngine engine = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());
    CaseFile caseFile = CaseFile.builder().municipality("odsherred").asOf(LocalDate.of(2026, 3, 1))
        .track(Track.SOCIAL_DRUG)
        .addEvents(CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
                   CaseEvent.treatmentStart(LocalDate.of(2026, 1, 20), "OUTPATIENT"))
        .build();
    DeadlineReport report = engine.report(caseFile, Locale.forLanguageTag("da"));

    String json = Json.mapper().writeValueAsString(report);

    Map<?, ?> written = Json.mapper().readValue(json, Map.class);
    assertEquals("odsherred", written.get("municipality"), json);
    Map<?, ?> guarantee = (Map<?, ?>) ((List<?>) written.get("deadlines")).get(0);
    assertEquals("TREATMENT_GUARANTEE", guarantee.get("kind"), json);
    assertEquals("NAT-G1", guarantee.get("rule"), json);
    assertEquals("2026-01-05", guarantee.get("startedBy"), json);
    assertEquals("2026-01-19", guarantee.get("due"), json);
    assertEquals("2026-01-20", guarantee.get("closedBy"), json);
    assertEquals("BREACHED", guarantee.get("status"), json);
  }

  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
  }
}
