package dk.kvalitetsstandard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.conformance.FloorFinding;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * {@code compare} as a policy analyst reads it: what is marked and why, in words rather than the
 * code's names, in Danish and English, as text no wider than 100 columns and as a page that
 * stands alone.
 */
class CompareCommandTest {

  /** The date the tool takes for today: the example case's asOf. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  /** The date the README compares the standards on. */
  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  private static final String EXAMPLE = "cases/odsherred-guarantee.json";

  private static final StandardRegistry REGISTRY = StandardRegistry.defaultRegistry();

  @TempDir
  Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    StandardsCli.Context context = new StandardsCli.Context(REGISTRY, PublicHolidays.denmark(), () -> TODAY,
        new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    int code = StandardsCli.run(context, args);
    return new Result(code, out.toString(), err.toString());
  }

  private record Compared(Result result, ComparePage page, String html) {}

  private Compared compare(String lang, String... args) throws Exception {
    Path html = dir.resolve("page-" + lang + "-" + Math.abs(String.join(" ", args).hashCode()) + ".html");
    List<String> all = new ArrayList<>(List.of("compare"));
    all.addAll(List.of(args));
    all.addAll(List.of("--lang", lang, "--html", html.toString()));
    Result result = run(all.toArray(String[]::new));
    assertEquals(0, result.code(), result.err());
    return new Compared(result, ComparePage.read(html), Files.readString(html));
  }

  private Compared exampleCase(String lang) throws Exception {
    return compare(lang, EXAMPLE);
  }

  private Compared standards(String lang) throws Exception {
    return compare(lang, "--standards", "--date", ON.toString());
  }

  private static QualityStandard standard(String slug) {
    return REGISTRY.standardsOf(slug).get(REGISTRY.standardsOf(slug).size() - 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("The example case: the row where Odsherred's own text gives a later date is marked, with Odsherred's cell"
      + " highlighted; the effective guarantee all five agree on is not marked, though five different rules decided it")
  void exampleCaseMarksOnlyWhatDiffersInSubstance(String lang) throws Exception {
    Compared compared = exampleCase(lang);
    ComparePage page = compared.page();
    assertEquals(lang, page.language);
    assertEquals(List.of("gentofte", "odsherred", "ringsted", "randers", "jammerbugt"), page.columns);

    ComparePage.Row effective = page.row("treatment-guarantee-1-1");
    assertFalse(effective.marked(), "the effective guarantee: " + effective);
    assertEquals(Set.of(), effective.highlighted(page.columns));
    assertEquals(5, effective.cells().stream().map(ComparePage.Cell::rules).distinct().count(),
        "each cell names the rule that decided it, and they differ");
    assertEquals(1, effective.cells().stream().map(ComparePage.Cell::lines).distinct().count(),
        "date and status are the same everywhere");

    ComparePage.Row textAlone = page.row("treatment-guarantee-1-1-text");
    assertTrue(textAlone.marked(), textAlone.toString());
    assertEquals(Set.of("odsherred"), textAlone.highlighted(page.columns));
    assertEquals(List.of(lang.equals("da") ? "22.\u00a0januar\u00a02026" : "22\u00a0January\u00a02026"),
        textAlone.cell(page.columns, "odsherred").lines());
    assertEquals(List.of(lang.equals("da") ? "19.\u00a0januar\u00a02026" : "19\u00a0January\u00a02026"),
        textAlone.cell(page.columns, "gentofte").lines());

    // The text says the same: the text-alone line is marked, the effective line is not, Odsherred's cell starts with *.
    List<String> lines = compared.result().out().lines().toList();
    String effectiveLabel = lang.equals("da") ? "Behandlingsgaranti " : "Treatment guarantee ";
    String effectiveLine = lines.stream().filter(l -> l.startsWith("  " + effectiveLabel)).findFirst().orElseThrow();
    String textLine = lines.stream().filter(l -> l.startsWith("≠ " + effectiveLabel)).findFirst().orElseThrow();
    assertFalse(effectiveLine.contains("*"), effectiveLine);
    assertTrue(textLine.contains(lang.equals("da") ? "*22.01.2026" : "*22 Jan 2026"), textLine);
    assertEquals(1, textLine.chars().filter(c -> c == '*').count(), textLine);
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("The text of both comparisons stays within 100 columns and is wrapped, never cut")
  void textWithin100Columns(String lang) throws Exception {
    for (Compared compared : List.of(exampleCase(lang), standards(lang), compare(lang, "cases/randers-relapse.json"))) {
      String out = compared.result().out();
      for (String line : out.lines().toList()) {
        assertTrue(line.length() <= CompareText.WIDTH, line.length() + ": " + line);
      }
      // Wrapped, not cut: every offer's name and every quote shown is there whole.
      String joined = out.replaceAll("\\s+", " ");
      if (out.contains(lang.equals("da") ? "Kvalitetsstandarderne side om side" : "The quality standards side by side")) {
        for (QualityStandard s : REGISTRY.all()) {
          s.offers().forEach(o -> assertTrue(joined.contains(o.name()), o.name()));
        }
      }
      for (ComparePage page : List.of(compared.page())) {
        for (Element quote : page.elements("blockquote", null)) {
          String whole = quote.getLastChild().getTextContent().replaceAll("\\s+", " ");
          assertTrue(joined.contains(whole), whole);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("The pages speak in words: no name from the code (BREACHED, SOCIAL_DRUG, FIRST_CONTACT, …) is shown")
  void wordsNotNamesFromTheCode(String lang) throws Exception {
    List<String> names = Stream.of(Status.values(), DeadlineKind.values(), Track.values(), ClockStart.values(),
            Promise.values(), MinorsRule.values(), Charge.values(), FeeItem.values(), ReviewMode.values(),
            FollowUpKind.values(), EndStatus.values(), AdoptionStatus.values(), ComplaintSubject.values(),
            FloorFinding.Kind.values(), OfferKind.values())
        .flatMap(Stream::of).map(Enum::name).filter(n -> !n.equals("MOVE")).distinct().toList();
    for (Compared compared : List.of(exampleCase(lang), standards(lang))) {
      for (String text : List.of(compared.page().text(), compared.result().out())) {
        for (String name : names) {
          assertFalse(Pattern.compile("\\b" + name + "\\b").matcher(text).find(), name + " is shown");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("The legend explains every status the table shows, and the marks")
  void legendExplainsStatuses(String lang) throws Exception {
    ComparePage page = exampleCase(lang).page();
    CompareLabels words = CompareLabels.of(java.util.Locale.forLanguageTag(lang));
    List<String> terms = page.elements("dt", null).stream().map(Element::getTextContent).toList();
    int shown = 0;
    for (Status status : Status.values()) {
      String word = words.status(status);
      boolean inTable = page.rows.values().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.lines().contains(word));
      if (inTable) {
        shown++;
        assertTrue(terms.contains(word), word + " in the legend " + terms);
      }
    }
    assertTrue(shown >= 2, "the example shows breached and running deadlines");
    assertTrue(terms.contains("≠"), terms.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("Each finding of the case comes with its sentence and the standard's own words")
  void caseFindingsWithQuotes(String lang) throws Exception {
    ComparePage page = exampleCase(lang).page();
    Element odsherred = page.byId("findings-odsherred");
    String clockQuote = standard("odsherred").guarantees().get(0).clockSource().orElseThrow().quote();
    assertTrue(odsherred.getTextContent().contains("ODS-G2"), odsherred.getTextContent());
    assertTrue(odsherred.getElementsByTagName("blockquote").item(0).getTextContent().contains(clockQuote));
    assertTrue(odsherred.getElementsByTagName("p").item(0).getTextContent().length() > 60, "a sentence, not a bare ID");

    Element jammerbugt = page.byId("findings-jammerbugt");
    assertTrue(jammerbugt.getTextContent().contains("NAT-Q2"));
    assertTrue(jammerbugt.getElementsByTagName("blockquote").item(0).getTextContent()
        .contains(standard("jammerbugt").validity().source().quote()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("Jammerbugt's expired standard and Odsherred's, ending on 31 December 2026, are flagged with their dates,"
      + " counted from the date of the comparison")
  void expiredAndEndingSoonAreFlagged(String lang) throws Exception {
    boolean da = lang.equals("da");
    ComparePage page = standards(lang).page();
    String notices = page.elements("section", "notices").get(0).getTextContent();
    long days = ChronoUnit.DAYS.between(ON, standard("odsherred").validity().to().orElseThrow());
    assertTrue(notices.contains(da ? "Jammerbugts standard udløb 31.\u00a0december\u00a02023"
        : "Jammerbugt's standard ended on 31\u00a0December\u00a02023"), notices);
    assertTrue(notices.contains(da ? "Odsherreds standard udløber 31.\u00a0december\u00a02026, om " + days + " dage"
        : "Odsherred's standard ends on 31\u00a0December\u00a02026, in " + days + " days"), notices);
    ComparePage.Row validity = page.row("validity");
    assertEquals(da ? "Udløbet" : "Expired", validity.cell(page.columns, "jammerbugt").flag());
    assertEquals(da ? "Udløber snart" : "Ends soon", validity.cell(page.columns, "odsherred").flag());
    assertEquals("", validity.cell(page.columns, "randers").flag());

    // The case is compared as of its asOf, 1 March 2026: ten months before Odsherred's end.
    ComparePage casePage = exampleCase(lang).page();
    ComparePage.Row standing = casePage.row("standing");
    assertEquals(da ? "Udløber snart" : "Ends soon", standing.cell(casePage.columns, "odsherred").flag());
    assertTrue(standing.cell(casePage.columns, "odsherred").lines().get(0).endsWith(da ? "om 10 måneder" : "in 10 months"),
        standing.toString());
    assertEquals(da ? "Udløbet" : "Expired", standing.cell(casePage.columns, "jammerbugt").flag());
  }

  @Test
  @DisplayName("The standards side by side: a row is marked where the standards differ in substance, the cells that"
      + " differ are highlighted, and the same 14 days under five rule IDs is no difference")
  void standardsMarkedBySubstance() throws Exception {
    ComparePage page = standards("en").page();
    List<String> columns = page.columns;

    ComparePage.Row days = page.row("guarantee-days");
    assertFalse(days.marked());
    assertEquals(5, days.cells().stream().map(ComparePage.Cell::rules).distinct().count());

    assertEquals(Set.of("gentofte", "odsherred"), page.row("guarantee-clock").highlighted(columns));
    assertEquals(Set.of("randers", "jammerbugt"), page.row("offers-day").highlighted(columns));
    assertEquals(Set.of("gentofte", "ringsted", "randers"), page.row("anonymous-criteria").highlighted(columns),
        "the three whose anonymous criteria are narrower than the law");
    assertFalse(page.row("fee-treatment").marked(), "treatment is free everywhere");
    assertFalse(page.row("offers-residential").marked(), "every standard describes residential treatment");
    assertEquals("Out of date", page.row("complaints-health-treatment").cell(columns, "jammerbugt").flag());
    assertTrue(page.row("gift-cards").marked());
    assertTrue(page.row("ages").cell(columns, "jammerbugt").text().contains("15–25"));
    for (String topic : List.of("anonymous-offers", "complaints-social-treatment", "complaints-case-handling", "ages")) {
      page.row(topic);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("The standards page says each thing once and in plain words: no 'undated, no date', no '12 months and 12"
      + " months', each finding once")
  void saidOnceAndPlainly(String lang) throws Exception {
    boolean da = lang.equals("da");
    Compared compared = standards(lang);
    ComparePage page = compared.page();
    String text = page.text();
    assertFalse(text.contains("undated, no date"));
    assertFalse(text.contains("12 months and 12 months"));
    assertTrue(page.row("follow-up").cell(page.columns, "jammerbugt").lines().get(0).equals(da
        ? "2 tilbagefaldsforebyggende samtaler inden for 12 måneder" : "2 relapse-prevention talks within 12 months"));

    for (ComparePage.Cell cell : page.row("findings").cells()) {
      assertEquals(cell.lines().stream().distinct().toList(), cell.lines(), "a finding is named once");
    }
    Element gentofte = page.byId("findings-gentofte");
    List<Element> items = new ArrayList<>();
    for (int i = 0; i < gentofte.getElementsByTagName("li").getLength(); i++) {
      items.add((Element) gentofte.getElementsByTagName("li").item(i));
    }
    List<Element> outside = items.stream().filter(li -> li.getTextContent().startsWith("GEN-G2")).toList();
    assertEquals(1, outside.size(), "Gentofte's two offers outside its guarantee are one finding");
    String sentence = outside.get(0).getElementsByTagName("p").item(0).getTextContent();
    assertTrue(sentence.contains(da ? "dagbehandling" : "day treatment") && sentence.contains(da ? "døgnbehandling"
        : "residential treatment"), sentence);
    for (Element li : items) {
      assertTrue(li.getElementsByTagName("p").getLength() == 1, "each finding has its sentence");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  @DisplayName("The page stands alone and prints: no script, no link, nothing fetched, a print style")
  void selfContainedAndPrintable(String lang) throws Exception {
    for (Compared compared : List.of(exampleCase(lang), standards(lang))) {
      ComparePage page = compared.page();
      for (String tag : List.of("script", "link", "img", "iframe", "object")) {
        assertEquals(0, page.document.getElementsByTagName(tag).getLength(), tag);
      }
      String style = page.document.getElementsByTagName("style").item(0).getTextContent();
      assertTrue(style.contains("@media print") && style.contains("@page"), "a print style");
      assertFalse(style.contains("url(") || style.contains("@import"), "the style fetches nothing");
      String withoutNamespace = compared.html().replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "");
      assertFalse(withoutNamespace.contains("http:") || withoutNamespace.contains("https:") || withoutNamespace.contains("//"),
          "the page names no address to fetch");
    }
  }

  @Test
  @DisplayName("--date goes with --standards only; --lang takes da or en")
  void options() {
    assertEquals(2, run("compare", EXAMPLE, "--date", "2026-03-01").code());
    assertEquals(2, run("compare", "--standards", "--lang", "sv").code());
    assertEquals(2, run("compare").code(), "either a case file or --standards");
    Result defaultLanguage = run("compare", EXAMPLE);
    assertEquals(0, defaultLanguage.code(), defaultLanguage.err());
    assertTrue(defaultLanguage.out().startsWith("One case under each municipality's quality standard"), defaultLanguage.out());
  }

  @Test
  @DisplayName("A case on a track three standards do not cover: their columns are outside the comparison, and a notice says why")
  void trackNotCovered() throws Exception {
    Path alcohol = dir.resolve("alcohol.json");
    Files.writeString(alcohol, Files.readString(Path.of(EXAMPLE)).replace("SOCIAL_DRUG", "ALCOHOL"));
    ComparePage page = compare("da", alcohol.toString()).page();
    ComparePage.Row guarantee = page.row("treatment-guarantee-1-1");
    for (String slug : List.of("gentofte", "ringsted", "randers")) {
      assertFalse(guarantee.cell(page.columns, slug).highlighted(), slug);
    }
    String notices = page.elements("section", "notices").get(0).getTextContent();
    assertTrue(notices.contains("Sagen kan ikke køres igennem Randers' standard: standarden dækker ikke alkoholbehandling"),
        notices);
  }
}
