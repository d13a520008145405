package dk.kvalitetsstandard.standardfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.PluginCheck;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompiledFileCheckTest {

  private static final QualityStandard IN_FILE = SampleStandards.complete();

  /** A provider whose compiled class builds another standard than its file holds. */
  public static final class StaleProvider extends StandardFileProvider {
    /** The provider. */
    public StaleProvider() {
      super("stale.yaml", () -> new ByteArrayInputStream(StandardFile.write(IN_FILE).getBytes(StandardCharsets.UTF_8)),
          () -> QualityStandard.builder().from(IN_FILE).title("Another title").build());
    }
  }

  /** A provider whose compiled class builds the standard its file holds. */
  public static final class CompiledProvider extends StandardFileProvider {
    /** The provider. */
    public CompiledProvider() {
      super("compiled.yaml", () -> new ByteArrayInputStream(StandardFile.write(IN_FILE).getBytes(StandardCharsets.UTF_8)),
          () -> IN_FILE);
    }
  }

  @Test
  @DisplayName("A compiled standard is given without reading the file; checkFile reads the file itself")
  void compiledStandardIsGiven() {
    StaleProvider provider = new StaleProvider();
    assertEquals("Another title", provider.standard().title());
    assertEquals(IN_FILE, provider.checkFile());
  }

  @Test
  @DisplayName("The conformance kit names a provider whose compiled standard is not its file's, and only that one")
  void pluginCheckComparesTheCompiledStandardWithTheFile() {
    List<String> stale = PluginCheck.of(StaleProvider.class).withoutModuleDescriptor().problems();
    assertTrue(stale.stream().anyMatch(p -> p.contains("is not the one its file stale.yaml holds")), stale.toString());
    List<String> compiled = PluginCheck.of(CompiledProvider.class).withoutModuleDescriptor().problems();
    assertTrue(compiled.stream().noneMatch(p -> p.contains("its file")), compiled.toString());
  }
}
