package dk.kvalitetsstandard.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The schemas as the core jar ships them: each is there, is JSON, declares draft 2020-12 and the
 * {@code $id} it is published under, points people to core/FORMATS.md, and every reference in it
 * leads to a definition of the same file. FORMATS.md names every schema. (The schemas are checked
 * against documents in the examples module, which has a JSON Schema validator.)
 */
class FormatSchemaTest {

  private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"]*)\"");

  @ParameterizedTest(name = "{0}")
  @EnumSource(FormatSchema.class)
  @DisplayName("Each schema is in the jar, declares draft 2020-12 and its $id, and is described in FORMATS.md")
  void schemaIsShipped(FormatSchema schema) {
    JsonNode node = Json.mapper().readTree(schema.text());
    assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asString());
    assertEquals(schema.id().toString(), node.get("$id").asString());
    assertTrue(schema.id().toString().endsWith("/schema/" + schema.fileName()), schema.id().toString());
    assertEquals(FormatSchema.RESOURCE_DIRECTORY + schema.fileName(), schema.resource());
    assertTrue(FormatSchema.class.getClassLoader().getResource(schema.resource()) != null, schema.resource());
    assertFalse(node.get("title").asString().isBlank());
    assertTrue(node.get("description").asString().contains("core/FORMATS.md"), "the description points to FORMATS.md");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FormatSchema.class)
  @DisplayName("Every $ref of a schema leads to a definition in the same file")
  void referencesResolve(FormatSchema schema) {
    String text = schema.text();
    JsonNode node = Json.mapper().readTree(text);
    Matcher refs = REF.matcher(text);
    List<String> refsSeen = new ArrayList<>();
    while (refs.find()) {
      String ref = refs.group(1);
      refsSeen.add(ref);
      assertTrue(ref.startsWith("#/$defs/"), "a reference within the file: " + ref);
      assertFalse(node.at(ref.substring(1)).isMissingNode(), "the definition of " + ref);
    }
    assertFalse(refsSeen.isEmpty(), "a schema with no references? " + schema);
  }

  @Test
  @DisplayName("The $ids are distinct and all begin with the published prefix")
  void idsAreDistinct() {
    Set<String> ids = new java.util.HashSet<>();
    for (FormatSchema schema : FormatSchema.values()) {
      assertTrue(schema.id().toString().startsWith(FormatSchema.ID_PREFIX));
      assertTrue(ids.add(schema.id().toString()), schema.id().toString());
    }
  }

  @Test
  @DisplayName("FORMATS.md names every schema file")
  void formatsNamesEverySchema() throws IOException {
    String formats = Files.readString(Path.of("FORMATS.md"));
    for (FormatSchema schema : FormatSchema.values()) {
      assertTrue(formats.contains(schema.fileName()), "FORMATS.md names " + schema.fileName());
    }
  }
}
