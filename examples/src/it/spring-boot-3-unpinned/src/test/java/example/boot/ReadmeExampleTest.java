package example.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * The README's Java example in a Spring Boot 3 build that does not pin jackson-annotations: the
 * annotations are Boot's 2.19.2, older than Jackson 3.2 needs, and the example fails at its first
 * use of Jackson. This test passes only while that is so.
 */
class ReadmeExampleTest {

  @Test
  void theClassPathHasBootsOlderAnnotations() throws Exception {
    assertEquals("jackson-annotations-2.19.2.jar", jarOf(JsonProperty.class));
    assertEquals("jackson-databind-" + System.getProperty("library.jackson.version") + ".jar",
        jarOf(ObjectMapper.class));
  }

  @Test
  void theReadmeExampleFailsWithNoClassDefFoundErrorAtTheFirstUseOfJackson() {
    List<String> done = new ArrayList<>();
    NoClassDefFoundError error = assertThrows(NoClassDefFoundError.class, () -> {
      // The README's example ("Deadlines of a case: report", From Java).
      DeadlineEngine engine = DeadlineEngine.of(StandardRegistry.defaultRegistry(), PublicHolidays.denmark());
      done.add("registry");
      CaseFile caseFile = CaseFile.builder().municipality("odsherred").asOf(LocalDate.of(2026, 3, 1))
          .track(Track.SOCIAL_DRUG)
          .addEvents(CaseEvent.contact(LocalDate.of(2026, 1, 5), ContactChannel.PHONE),
                     CaseEvent.treatmentStart(LocalDate.of(2026, 1, 20), "OUTPATIENT"))
          .build();
      DeadlineReport report = engine.report(caseFile, Locale.forLanguageTag("da"));
      done.add("report");
      Json.mapper().writeValueAsString(report);
      done.add("json");
    });

    // jackson-annotations 2.21 added JsonSerializeAs; Jackson 3.2's annotation introspector needs it.
    assertEquals("com/fasterxml/jackson/annotation/JsonSerializeAs", error.getMessage());
    // The registry and the engine need no Jackson (each municipality's standard file was compiled
    // into Java when its module was built): the first use is writing the report as JSON.
    assertEquals(List.of("registry", "report"), done);
  }

  private static String jarOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
  }
}
