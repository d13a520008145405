package dk.kvalitetsstandard.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.cases.CaseFileReader;
import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The texts behind problems: every code worded in English and Danish, documented, and filled in. */
class ProblemTextsTest {

  private static final Locale DANISH = Locale.forLanguageTag("da");

  private static Properties bundle(String resource) {
    Properties texts = new Properties();
    try (InputStream in = ProblemTextsTest.class.getResourceAsStream(resource)) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  @Test
  @DisplayName("The problem texts and the constraint texts have the same keys in English and Danish")
  void bothLanguagesHaveEveryText() {
    for (String name : List.of("/dk/kvalitetsstandard/problem/internal/Problems", "/dk/kvalitetsstandard/standard/internal/Constraints")) {
      Properties en = bundle(name + "_en.properties");
      Properties da = bundle(name + "_da.properties");
      assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(da.stringPropertyNames()), name);
      for (String key : en.stringPropertyNames()) {
        assertEquals(placeholders(en.getProperty(key)), placeholders(da.getProperty(key)), name + " " + key);
      }
    }
  }

  @Test
  @DisplayName("Every code has a text (its own or a variant's), and every text belongs to a code or is a phrase")
  void everyCodeIsWorded() {
    Properties en = bundle("/dk/kvalitetsstandard/problem/internal/Problems_en.properties");
    for (ProblemCode code : ProblemCode.values()) {
      if (code == ProblemCode.CONSTRAINT_VIOLATED) {
        continue; // worded by the constraint texts
      }
      assertTrue(en.stringPropertyNames().stream().anyMatch(k -> k.equals(code.name()) || k.startsWith(code.name() + ".")),
          code.name());
    }
    Set<String> phrases = Set.of("heading", "document", "path", "a", "at", "kind", "unexpected", "conflict");
    for (String key : en.stringPropertyNames()) {
      String head = key.split("\\.")[0];
      assertTrue(phrases.contains(head) || Stream.of(ProblemCode.values()).anyMatch(c -> c.name().equals(head)), key);
    }
  }

  @Test
  @DisplayName("Every constraint message of the model names a text of both languages")
  void everyConstraintIsWorded() throws IOException {
    Properties en = bundle("/dk/kvalitetsstandard/standard/internal/Constraints_en.properties");
    Pattern template = Pattern.compile("message = \"\\{([^}]+)\\}\"|\"\\{([a-z-]+)\\} \"");
    List<String> keys = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dk/kvalitetsstandard"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = template.matcher(Files.readString(source));
        while (m.find()) {
          keys.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertTrue(keys.size() > 20, keys.toString());
    keys.forEach(key -> assertTrue(en.containsKey(key), key));
  }

  @Test
  @DisplayName("core/FORMATS.md lists every code")
  void everyCodeIsDocumented() throws IOException {
    String formats = Files.readString(Path.of("FORMATS.md"));
    for (ProblemCode code : ProblemCode.values()) {
      assertTrue(formats.contains("| `" + code.name() + "` |"), code.name());
    }
  }

  @Test
  @DisplayName("A case file's problems come with their codes, in Danish as in English, every argument filled in")
  void caseFileProblemsInDanish() {
    String json = """
        {"municipality": "testrup", "asOf": "2026-03-01", "track": "ANONYMOUS_DRUG",
         "citizen": {"age": 17.5, "cpr": "0101901234"},
         "events": [{"type": "CONTACT", "date": "2026-01-05", "channel": "PHONE"},
                    {"type": "TREATMENT_START", "date": "2026-02-30", "offer": "anonymous", "colour": "red"}]}
        """;
    InvalidCaseException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidCaseException.class,
        () -> CaseFileReader.with(StandardRegistry.of(List.of(SampleStandards::complete))).read(json));
    List<ProblemCode> codes = e.problems().stream().map(Problem::code).toList();
    assertEquals(List.of(ProblemCode.WRONG_TYPE, ProblemCode.IDENTIFIES_ANONYMOUS_CITIZEN, ProblemCode.UNKNOWN_FIELD,
        ProblemCode.NOT_A_DATE), codes, e.getMessage());
    String danish = e.message(DANISH);
    assertTrue(danish.startsWith("4 fejl i sagsfilen:\n"), danish);
    assertTrue(danish.contains("citizen.age: 17.5 er ikke et helt tal; skriv det uden decimaler og eksponent"), danish);
    assertTrue(danish.contains("events[1].date: '2026-02-30' er ikke en dato på formen ÅÅÅÅ-MM-DD, som findes i kalenderen"),
        danish);
    assertTrue(danish.contains("events[1].colour: ukendt felt 'colour'"), danish);
    assertFalse(danish.contains("0101901234"), danish);
    for (Problem p : e.problems()) {
      assertFalse(p.messageDa().equals(p.message()), p.toString());
      assertTrue(placeholders(p.message()).isEmpty() && placeholders(p.messageDa()).isEmpty(), p.toString());
    }
  }

  /** The {0}, {1}, … a text leaves to be filled in. */
  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{[0-9a-z]+\\}").matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
