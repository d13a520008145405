package dk.kvalitetsstandard.standardfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.conformance.property.Generator;
import dk.kvalitetsstandard.conformance.property.Mutations;
import dk.kvalitetsstandard.conformance.property.StandardMutation;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.SampleStandards;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardFileCompilerTest {

  @TempDir
  Path directory;

  @Test
  @DisplayName("The compiled class builds the standard its file holds: the sample, texts that need escapes, "
      + "and every changed copy the property checks make")
  void compiledStandardsEqualTheirFiles() throws Exception {
    Map<String, QualityStandard> standards = new LinkedHashMap<>();
    QualityStandard complete = SampleStandards.complete();
    standards.put("Complete", complete);
    standards.put("Escapes", QualityStandard.builder().from(complete)
        .addStatements(Statement.of(Topic.SCOPE, "Quotes \" and \\ and \\u0041, a tab\tand\nlines\r\n, "
            + "æøå §, \u2028 and \uD83D\uDE00", Source.of("TST-S9", "*/ not the end of a comment")))
        .build());
    Generator<StandardMutation> mutations = Mutations.of(complete);
    for (long seed = 1; seed <= 40; seed++) {
      standards.put("Mutation" + seed, mutations.generate(seed).standard());
    }
    List<Path> sources = new ArrayList<>();
    Map<String, QualityStandard> read = new LinkedHashMap<>();
    for (Map.Entry<String, QualityStandard> entry : standards.entrySet()) {
      String file = StandardFile.write(entry.getValue());
      QualityStandard fromFile = StandardFile.read(
          new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), entry.getKey() + ".yaml");
      read.put(entry.getKey(), fromFile);
      String source = StandardFileCompiler.javaSource(fromFile, "compiled." + entry.getKey(), entry.getKey() + ".yaml");
      assertTrue(source.chars().allMatch(c -> c < 0x80), "the source is ASCII");
      Path path = directory.resolve("compiled").resolve(entry.getKey() + ".java");
      Files.createDirectories(path.getParent());
      Files.writeString(path, source, StandardCharsets.UTF_8);
      sources.add(path);
    }
    compile(sources);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()},
        StandardFileCompilerTest.class.getClassLoader())) {
      for (Map.Entry<String, QualityStandard> entry : read.entrySet()) {
        Method standard = loader.loadClass("compiled." + entry.getKey()).getDeclaredMethod("standard");
        standard.setAccessible(true);
        assertEquals(entry.getValue(), standard.invoke(null), entry.getKey());
      }
    }
  }

  @Test
  @DisplayName("The command line writes the class of a file under its package, and leaves an unchanged one alone")
  void commandLine() throws IOException {
    Path file = directory.resolve("sample.yaml");
    Files.writeString(file, StandardFile.write(SampleStandards.complete()), StandardCharsets.UTF_8);
    Path sources = directory.resolve("sources");
    String[] args = {file.toString(), sources.toString(), "dk.example.SampleStandardData"};
    StandardFileCompiler.main(args);
    Path written = sources.resolve("dk/example/SampleStandardData.java");
    assertTrue(Files.readString(written).contains("final class SampleStandardData {"));
    var modified = Files.getLastModifiedTime(written);
    Files.setLastModifiedTime(written, java.nio.file.attribute.FileTime.fromMillis(modified.toMillis() - 60_000));
    StandardFileCompiler.main(args);
    assertEquals(modified.toMillis() - 60_000, Files.getLastModifiedTime(written).toMillis(),
        "an unchanged source is not written again, so the compiler need not compile it again");
  }

  private void compile(List<Path> sources) {
    List<String> args = new ArrayList<>(List.of("-d", directory.toString(), "-cp", System.getProperty("java.class.path"),
        "-encoding", "UTF-8", "-proc:none"));
    sources.forEach(s -> args.add(s.toString()));
    java.io.StringWriter errors = new java.io.StringWriter();
    java.io.PrintWriter writer = new java.io.PrintWriter(errors);
    int code = java.util.spi.ToolProvider.findFirst("javac").orElseThrow()
        .run(writer, writer, args.toArray(String[]::new));
    writer.flush();
    assertEquals(0, code, errors.toString());
  }
}
