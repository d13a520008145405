package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.audit.AuditSummary;
import dk.kvalitetsstandard.audit.Counting;
import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.text.Language;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words and number formats of the audit's text output, progress line and page, in Danish or
 * English: Danish dates as "5. januar 2026" and numbers as "200.000" and "86,5 %", English ones as
 * "5 January 2026", "200,000" and "86.5%".
 */
final class AuditLabels {

  private final boolean danish;
  private final Locale locale;
  private final DateTimeFormatter dates;
  private final boolean forPage;

  private AuditLabels(Locale locale, boolean forPage) {
    this.danish = Language.isDanish(locale);
    this.locale = danish ? Locale.forLanguageTag("da-DK") : Locale.UK;
    this.dates = DateTimeFormatter.ofPattern(danish ? "d. MMMM uuuu" : "d MMMM uuuu", this.locale);
    this.forPage = forPage;
  }

  static AuditLabels of(Locale locale) {
    return new AuditLabels(locale, false);
  }

  /** These labels for a page, where a date is never broken over two lines. */
  AuditLabels forPage() {
    return new AuditLabels(locale, true);
  }

  boolean danish() {
    return danish;
  }

  /** The language tag of the page: da or en. */
  String language() {
    return danish ? "da" : "en";
  }

  private String pick(String da, String en) {
    return danish ? da : en;
  }

  String number(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A share as a percentage with one decimal. */
  String percent(double share) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(share * 100) + (danish ? " %" : "%");
  }

  String date(LocalDate date) {
    String text = dates.format(date);
    return forPage ? text.replace(' ', '\u00a0') : text;
  }

  String title() {
    return pick("Revision af behandlingsgarantien", "Audit of the treatment guarantee");
  }

  /** One sentence on how many case files were read and how many were valid. */
  String read(AuditSummary s, String source) {
    return danish
        ? number(s.cases()) + " sagsfiler læst fra " + source + ": " + number(s.valid()) + " gyldige, " + number(s.invalid())
            + " ugyldige."
        : number(s.cases()) + " case files read from " + source + ": " + number(s.valid()) + " valid, "
            + number(s.invalid()) + " invalid.";
  }

  /** One sentence on the period of the requests counted, or null where nothing was counted. */
  String period(AuditSummary s) {
    if (s.firstRequest().isEmpty()) {
      return null;
    }
    return danish
        ? number(s.guarantees()) + " behandlingsgarantier for henvendelser fra " + date(s.firstRequest().get()) + " til "
            + date(s.lastRequest().orElseThrow()) + "."
        : number(s.guarantees()) + " treatment guarantees for requests from " + date(s.firstRequest().get()) + " to "
            + date(s.lastRequest().orElseThrow()) + ".";
  }

  /** What the counting is, in a sentence or two; under the register's convention also what it left out. */
  String counting(AuditSummary s) {
    if (s.counting() == Counting.LAW) {
      return pick("Optælling efter loven: hvert forløbs garanti, som loven afgør den (D0-7). Hver ny henvendelse efter "
              + "et afsluttet forløb har sin egen garanti på 14 dage.",
          "Counted by the law: every course's guarantee as the law decides it (D0-7). Every new request after a course "
              + "has ended has a 14-day guarantee of its own.");
    }
    return danish
        ? "Optælling efter registrets konvention (D0-8), som Danmarks Statistiks tabel SMDBV004: en ny henvendelse højst "
            + Counting.REGISTRY_MERGE_DAYS + " dage efter et afsluttet forløb lægges sammen med det og beholder den "
            + "oprindelige henvendelsesdato, og anonym behandling (SEL § 101 a) er udeladt. Det er en statistisk "
            + "konvention, ikke loven. Sammenlagt: " + number(s.mergedCourses()) + " forløb; udeladt: "
            + number(s.anonymousLeftOut()) + " anonyme forløb."
        : "Counted by the register's convention (D0-8), as in Statistics Denmark's table SMDBV004: a new request "
            + Counting.REGISTRY_MERGE_DAYS + " days or less after a course ended is merged into it and keeps the "
            + "original request date, and anonymous treatment (SEL § 101 a) is left out. This is a statistical "
            + "convention, not the law. Merged: " + number(s.mergedCourses()) + " courses; left out: "
            + number(s.anonymousLeftOut()) + " anonymous courses.";
  }

  String municipalityHeading() {
    return pick("Kommune", "Municipality");
  }

  String yearHeading() {
    return pick("År", "Year");
  }

  String trackHeading() {
    return pick("Spor", "Track");
  }

  String guaranteesHeading() {
    return pick("Garantier", "Guarantees");
  }

  String keptHeading() {
    return pick("Overholdt andel", "Kept");
  }

  String startedHeading() {
    return pick("Startet", "Started");
  }

  String medianHeading() {
    return pick("Median", "Median");
  }

  String p90Heading() {
    return pick("90 %-fraktil", "90th pct.");
  }

  String totalLabel() {
    return pick("I alt", "Total");
  }

  String status(Status status) {
    return switch (status) {
      case MET -> pick("Overholdt", "Met");
      case BREACHED -> pick("Overskredet", "Breached");
      case PENDING -> pick("Løber", "Pending");
      case WAIVED -> pick("Frafaldet", "Waived");
      case NOT_APPLICABLE -> pick("Gælder ikke", "Not applicable");
      case NEEDS_DECISION -> pick("Afventer afgørelse", "Needs decision");
      case NOT_STARTED -> pick("Ikke startet", "Not started");
      case LAPSED -> pick("Bortfaldet", "Lapsed");
    };
  }

  String track(Track track) {
    return switch (track) {
      case SOCIAL_DRUG -> pick("Stof, SEL § 101", "Drugs, SEL § 101");
      case ANONYMOUS_DRUG -> pick("Anonym, SEL § 101 a", "Anonymous, SEL § 101 a");
      case MEDICAL_DRUG -> pick("Lægelig, SUL § 142", "Medical, SUL § 142");
      case ALCOHOL -> pick("Alkohol, SUL § 141", "Alcohol, SUL § 141");
    };
  }

  String keptExplained() {
    return pick("Overholdt andel: overholdte garantier ud af de overholdte og overskredne; løbende, frafaldne og "
            + "ikke-gældende tæller ikke med. Startet: garantier lukket af en behandlingsstart. Median og 90 %-fraktil: "
            + "dage fra henvendelsen, der startede fristen, til behandlingens start, over de startede.",
        "Kept: the guarantees met out of those met or breached; pending, waived and not applicable ones count neither "
            + "way. Started: guarantees closed by a start of treatment. Median and 90th percentile: days from the request "
            + "that started the clock to the start of treatment, over those started.");
  }

  String problemsHeading(long lines, long problems) {
    return danish
        ? "Ugyldige linjer: " + number(lines) + " (" + number(problems) + " fejl; meddelelserne er på engelsk)"
        : "Invalid lines: " + number(lines) + " (" + number(problems) + " problems)";
  }

  String pathHeading() {
    return pick("JSON-sti", "JSON path");
  }

  String messageHeading() {
    return pick("Fejl", "Problem");
  }

  String line() {
    return pick("linje", "line");
  }

  String progress(long lines, long cases, long invalid, long perSecond) {
    return danish
        ? "revision: " + number(lines) + " linjer, " + number(cases) + " sager, " + number(invalid) + " ugyldige, "
            + number(perSecond) + " sager/s"
        : "audit: " + number(lines) + " lines, " + number(cases) + " cases, " + number(invalid) + " invalid, "
            + number(perSecond) + " cases/s";
  }

  String keptChartTitle() {
    return pick("Andel overholdte garantier pr. kommune og år", "Share of guarantees kept, per municipality and year");
  }

  String daysChartTitle() {
    return pick("Dage fra henvendelse til start", "Days from request to start");
  }

  String daysChartNote() {
    return pick("Alle kommuner og spor. Den lodrette linje er garantiens 14 dage; søjler til højre for den er "
            + "starter efter fristen.",
        "All municipalities and tracks. The vertical line is the guarantee's 14 days; bars to its right are starts "
            + "after the deadline.");
  }

  String days() {
    return pick("dage", "days");
  }

  String guaranteesWord() {
    return pick("garantier", "guarantees");
  }

  String noFigures() {
    return pick("Ingen garantier at vise.", "No guarantees to show.");
  }

  String more(long n) {
    return danish ? "… og " + number(n) + " fejl mere (se --format json)" : "… and " + number(n) + " more (see --format json)";
  }

  String sourceStdin() {
    return pick("standard input", "standard input");
  }
}
