package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.registry.StandardRegistry;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The comparison pages in a real browser: headless Chromium parses them into the rows the tool
 * wrote, with the same rows marked, paints the highlighted cells, and prints them to PDF. The test
 * is skipped where no Chromium is installed (set {@code CHROMIUM} to its path if it is not on the
 * {@code PATH} as {@code chromium}, {@code chromium-browser} or {@code google-chrome}).
 *
 * <p>The pages and the browser's screenshots and PDFs are left in {@code examples/target/compare-pages/}
 * ({@code case-da.png}, {@code standards-en.pdf}, …) for a person to look at.
 */
class ComparePageBrowserTest {

  private static final Path OUT = Path.of("target", "compare-pages");

  /** The highlight of a cell that differs (the page's {@code --hi}). */
  private static final int HIGHLIGHT = 0xfff0b3;

  private static final long TIMEOUT_SECONDS = 120;

  private static Optional<Path> chromium() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String entry : path.split(File.pathSeparator)) {
        Path candidate = Path.of(entry, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium headless on {@code page} with {@code options}; returns what it wrote to standard output. */
  private static String browser(Path chromium, Path page, String... options) throws Exception {
    Path profile = Files.createTempDirectory("compare-browser");
    try {
      List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--no-first-run", "--user-data-dir=" + profile));
      command.addAll(List.of(options));
      command.add(page.toAbsolutePath().toUri().toString());
      Path stdout = Files.createTempFile(profile, "out", ".txt");
      Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      assertEquals(0, process.exitValue(), "Chromium's exit code for " + command);
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** Writes a comparison page with the tool, as the README runs it. */
  private static Path page(String name, String... args) throws IOException {
    Files.createDirectories(OUT);
    Path html = OUT.resolve(name + ".html");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--html", html.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardsCli.Context context = new StandardsCli.Context(StandardRegistry.defaultRegistry(), PublicHolidays.denmark(),
        () -> LocalDate.of(2026, 3, 1), new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertEquals(0, StandardsCli.run(context, all.toArray(String[]::new)), err.toString());
    return html;
  }

  /** The rows of a page as the browser holds them: each row's id and whether it is marked, and its highlighted cells. */
  private static Map<String, Integer> markedRows(String dom) {
    Map<String, Integer> marked = new LinkedHashMap<>();
    Matcher row = Pattern.compile("<tr id=\"row-([^\"]+)\"( class=\"differs\")?>(.*?)</tr>", Pattern.DOTALL).matcher(dom);
    while (row.find()) {
      if (row.group(2) != null) {
        Matcher cell = Pattern.compile("<td class=\"differs\">").matcher(row.group(3));
        int highlighted = 0;
        while (cell.find()) {
          highlighted++;
        }
        marked.put(row.group(1), highlighted);
      }
    }
    return marked;
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("Chromium reads the example case's page into the rows the tool wrote: the text-alone row marked with"
      + " Odsherred's cell alone highlighted, the effective guarantee not marked; it paints the highlight and prints the page")
  void casePageInChromium(String lang) throws Exception {
    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(chromium.isPresent(), "no Chromium installed");
    Path html = page("case-" + lang, "compare", "cases/odsherred-guarantee.json", "--lang", lang);
    ComparePage written = ComparePage.read(html);

    String dom = browser(chromium.get(), html, "--dump-dom");
    assertTrue(dom.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\">"), "the page's language");
    Map<String, Integer> marked = markedRows(dom);
    assertEquals(written.marked(), List.copyOf(marked.keySet()), "the browser holds the rows the tool marked");
    assertEquals(1, marked.get("treatment-guarantee-1-1-text"), "only Odsherred's cell is highlighted");
    assertFalse(marked.containsKey("treatment-guarantee-1-1"), "the guarantee all five agree on is not marked");
    assertTrue(dom.contains("<tr id=\"row-treatment-guarantee-1-1\">"), "the unmarked row is there");
    assertFalse(dom.contains("<script"), "no script");

    paintedAndPrinted(chromium.get(), html, "case-" + lang);
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("Chromium reads the standards page into the rows the tool wrote, paints it, and prints it")
  void standardsPageInChromium(String lang) throws Exception {
    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(chromium.isPresent(), "no Chromium installed");
    Path html = page("standards-" + lang, "compare", "--standards", "--date", "2026-11-23", "--lang", lang);
    ComparePage written = ComparePage.read(html);

    String dom = browser(chromium.get(), html, "--dump-dom");
    Map<String, Integer> marked = markedRows(dom);
    assertEquals(written.marked(), List.copyOf(marked.keySet()));
    assertEquals(2, marked.get("guarantee-clock"), "Gentofte's and Odsherred's clocks");
    assertFalse(marked.containsKey("guarantee-days"), "14 days everywhere");
    assertTrue(dom.contains(lang.equals("da") ? "Udløbet" : "Expired"), "Jammerbugt's expired standard is flagged");

    paintedAndPrinted(chromium.get(), html, "standards-" + lang);
  }

  /** A screenshot shows the highlighted cells in their colour; the page prints to a PDF of at least one page. */
  private static void paintedAndPrinted(Path chromium, Path html, String name) throws Exception {
    Path png = OUT.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(png);
    browser(chromium, html, "--screenshot=" + png, "--window-size=1400,2000", "--hide-scrollbars");
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1400, image.getWidth());
    int highlighted = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == HIGHLIGHT) {
          highlighted++;
        }
      }
    }
    assertTrue(highlighted > 2000, "highlighted cells are painted: " + highlighted + " pixels");

    Path pdf = OUT.resolve(name + ".pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);
    browser(chromium, html, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
    byte[] bytes = Files.readAllBytes(pdf);
    assertTrue(bytes.length > 10_000 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"),
        "a PDF of " + bytes.length + " bytes");
  }
}
