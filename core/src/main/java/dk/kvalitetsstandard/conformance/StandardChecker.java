package dk.kvalitetsstandard.conformance;

import dk.kvalitetsstandard.calendar.PublicHolidays;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.Citizen;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.deadline.Deadline;
import dk.kvalitetsstandard.deadline.DeadlineEngine;
import dk.kvalitetsstandard.deadline.DeadlineReport;
import dk.kvalitetsstandard.deadline.Finding;
import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.ContactChannel;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Assessor;
import dk.kvalitetsstandard.questions.CriterionText;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.ScreenedOffer;
import dk.kvalitetsstandard.questions.ScreeningQuestion;
import dk.kvalitetsstandard.registry.StandardRegistry;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.text.Language;
import dk.kvalitetsstandard.text.Words;
import dk.kvalitetsstandard.text.internal.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a standard against the law on a date: which of the fifteen contents of NAT-Q1 it covers,
 * and where, read literally, it gives the citizen less than the law or is out of date. Each
 * finding carries a concrete example run through the deadline engine (or, for a narrower anonymous
 * criterion, through screening) and what the library answers for it, in English or Danish (the
 * bundle {@code dk/kvalitetsstandard/conformance/Checks_en} and {@code _da}); only missing contents
 * come without one. The standard must be in the registry given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardChecker {

  private static final String BUNDLE = "dk.kvalitetsstandard.conformance.Checks";

  private final DeadlineEngine engine;
  private final Assessor assessor;

  private StandardChecker(StandardRegistry registry, PublicHolidays holidays) {
    this.engine = DeadlineEngine.of(registry, holidays);
    this.assessor = Assessor.of(registry);
  }

  /**
   * Obtains a checker over the standards of a registry.
   *
   * @param registry the registry that holds the standards to be checked, not null
   * @param holidays the public holidays the examples' procedural limits are counted with, not null
   * @return the checker, not null
   */
  public static StandardChecker of(StandardRegistry registry, PublicHolidays holidays) {
    return new StandardChecker(registry, holidays);
  }

  /**
   * Checks a standard against the law on a date, in English.
   *
   * @param standard the standard, which must be in the checker's registry; not null
   * @param on the date of the check, which decides, for example, whether the standard has expired;
   *     not null
   * @return the checklist and the findings, not null
   */
  public StandardCheck check(QualityStandard standard, LocalDate on) {
    return check(standard, on, Locale.ENGLISH);
  }

  /**
   * Checks a standard against the law on a date, with the findings' messages and differences in
   * the language of {@code locale}.
   *
   * @param standard the standard, which must be in the checker's registry; not null
   * @param on the date of the check, which decides, for example, whether the standard has expired;
   *     not null
   * @param locale Danish ({@code da}) or English (any other language); not null
   * @return the checklist and the findings, not null
   */
  public StandardCheck check(QualityStandard standard, LocalDate on, Locale locale) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(on, "on");
    List<FloorFinding> findings = new ArrayList<>();
    Run run = new Run(standard, on, findings, locale);
    run.guaranteeClocks();
    run.guaranteeLengths();
    run.guaranteePromises();
    run.guaranteeExclusions();
    run.guaranteeWaivers();
    run.followUps();
    run.followUpEndings();
    run.complaintLimits();
    run.reconsiderationLimits();
    run.narrowerCriteria();
    run.validity();
    run.outdatedReferences();
    run.missingContents();
    return StandardCheck.builder().municipality(standard.municipality().slug()).title(standard.title()).checkedOn(on)
        .contents(checklist(standard)).findings(findings).build();
  }

  /**
   * Lists the fifteen contents of NAT-Q1 with the rules of a standard that cover each. Unlike
   * {@link #check}, this needs no registry.
   *
   * @param standard the standard, not null
   * @return the fifteen contents in order, each with the IDs of the rules that cover it
   */
  public static List<ContentCheck> checklist(QualityStandard standard) {
    List<ContentCheck> contents = new ArrayList<>();
    for (RequiredContent content : RequiredContent.values()) {
      contents.add(ContentCheck.of(content, standard.coverage().stream().filter(c -> c.content() == content)
          .flatMap(c -> c.rules().stream()).distinct().toList()));
    }
    return contents;
  }

  /** One check of one standard. */
  private final class Run {
    private final QualityStandard standard;
    private final LocalDate on;
    private final List<FloorFinding> findings;
    private final String metadataRule;
    /** A date on which the standard is in force, 90 days back from {@code on} where possible. */
    private final LocalDate base;
    private final Locale locale;
    private final Messages m;
    private final Words w;

    Run(QualityStandard standard, LocalDate on, List<FloorFinding> findings, Locale locale) {
      this.standard = standard;
      this.on = on;
      this.findings = findings;
      this.locale = locale;
      this.m = Messages.of(BUNDLE, locale);
      this.w = Words.of(locale);
      this.metadataRule = standard.adoption().source().rule();
      LocalDate candidate = on.minusDays(90);
      if (!standard.isInForceOn(candidate)) {
        candidate = standard.validity().to().map(t -> t.minusDays(90)).orElse(candidate);
        if (standard.validity().from().filter(candidate::isBefore).isPresent()) {
          candidate = standard.validity().from().get().plusDays(10);
        }
      }
      this.base = candidate;
    }

    private CaseFile.Builder caseOn(Track track, LocalDate asOf) {
      return CaseFile.builder().municipality(standard.municipality().slug()).asOf(asOf).track(track)
          .citizen(Citizen.builder().age(34).build());
    }

    private Optional<Finding> engineFinding(CaseFile example, String rule) {
      return engine.report(example, locale).findings().stream().filter(f -> f.rule().equals(rule)).findFirst();
    }

    private Optional<Deadline> deadline(CaseFile example, DeadlineKind kind) {
      return engine.report(example, locale).deadlines().stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** A time allowed, in words: {@code 4 uger}, {@code 1 month}. */
    private String span(Span span) {
      if (!span.isExact()) {
        return span.toString();
      }
      int n = span.exactly();
      return n + " " + m.text("unit." + span.unit() + (n == 1 ? ".one" : ".many"));
    }

    private String spans(List<Span> spans) {
      return spans.stream().map(this::span).collect(Collectors.joining(" " + m.text("and") + " "));
    }

    private String date(LocalDate date) {
      return w.date(date);
    }

    private NationalRule guaranteeRule(Track track) {
      return NationalFloor.guarantee(track).orElseThrow().rule();
    }

    /** ODS-G2: a clock that some contact starting the law's clock (D0-6) does not start. */
    void guaranteeClocks() {
      for (GuaranteeRule g : standard.guarantees()) {
        if (NationalFloor.GUARANTEE_CLOCK.stream().allMatch(g.clockStart()::startsOn)) {
          continue;
        }
        Track track = g.tracks().iterator().next();
        CaseFile example = caseOn(track, base.plusDays(40))
            .addEvents(CaseEvent.contact(base, ContactChannel.PHONE), CaseEvent.contact(base.plusDays(5), ContactChannel.IN_PERSON))
            .build();
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.CLOCK_STARTS_LATER).rule(g.clockRule().rule())
            .nationalRule(guaranteeRule(track).id())
            .message(m.format("clock", span(NationalFloor.GUARANTEE_LENGTH), w.name(g.clockStart())))
            .exampleCase(example).difference(engineFinding(example, g.clockRule().rule()).map(Finding::message)).build());
      }
    }

    /** A guarantee of more days than the law's: the law's 14 days decide. */
    void guaranteeLengths() {
      int law = NationalFloor.GUARANTEE_LENGTH.exactly();
      for (GuaranteeRule g : standard.guarantees()) {
        Track track = g.tracks().iterator().next();
        if (g.days() <= law || NationalFloor.guarantee(track).isEmpty()) {
          continue;
        }
        LocalDate start = base.plusDays(law + 1);
        CaseFile example = caseOn(track, base.plusDays(60))
            .addEvents(CaseEvent.contact(base, ContactChannel.IN_PERSON), CaseEvent.treatmentStart(start, "OUTPATIENT")).build();
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.GUARANTEE_LONGER).rule(g.source().rule())
            .nationalRule(guaranteeRule(track).id())
            .message(m.format("longer", String.valueOf(g.days()), span(NationalFloor.GUARANTEE_LENGTH)))
            .exampleCase(example).difference(deadline(example, DeadlineKind.TREATMENT_GUARANTEE)
                .filter(d -> d.standardDue().isPresent())
                .map(d -> m.format("longer.difference", date(start), date(d.standardDue().get()), date(d.due().orElseThrow()),
                    w.name(d.status()))))
            .build());
      }
    }

    /** ODS-G1, JAM-G1: a promise of an offer within 14 days, where the law requires the start. */
    void guaranteePromises() {
      for (GuaranteeRule g : standard.guarantees()) {
        if (g.promise() != Promise.OFFER) {
          continue;
        }
        Track track = g.tracks().iterator().next();
        CaseFile example = caseOn(track, base.plusDays(40))
            .addEvents(CaseEvent.contact(base, ContactChannel.IN_PERSON), CaseEvent.treatmentStart(base.plusDays(20), "OUTPATIENT"))
            .build();
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.PROMISES_OFFER_NOT_START).rule(g.source().rule())
            .nationalRule(guaranteeRule(track).id())
            .message(m.format("promise", span(NationalFloor.GUARANTEE_LENGTH)))
            .exampleCase(example).difference(deadline(example, DeadlineKind.TREATMENT_GUARANTEE).map(Deadline::explanation))
            .build());
      }
    }

    /** GEN-G2: offers the text leaves outside its guarantee, which SEL § 101, stk. 4 covers. */
    void guaranteeExclusions() {
      for (GuaranteeRule g : standard.guarantees()) {
        for (OfferKind kind : g.notCovering()) {
          Track track = g.tracks().iterator().next();
          CaseFile example = caseOn(track, base.plusDays(40)).addEvents(CaseEvent.contact(base, ContactChannel.PHONE),
              CaseEvent.treatmentStart(base.plusDays(20), kind.name())).build();
          findings.add(FloorFinding.builder().kind(FloorFinding.Kind.OFFERS_OUTSIDE_GUARANTEE).rule(g.notCoveringRule().rule())
              .nationalRule(guaranteeRule(track).id())
              .message(m.format("notCovering", w.name(kind)))
              .exampleCase(example).difference(engineFinding(example, g.notCoveringRule().rule()).map(Finding::message))
              .build());
        }
      }
    }

    /** ODS-G3: a free choice that the text lets set the guarantee aside on a track where the law does not. */
    void guaranteeWaivers() {
      for (GuaranteeRule g : standard.guarantees()) {
        for (Track track : g.tracks()) {
          if (g.freeChoiceWaiver().isEmpty() || NationalFloor.guarantee(track).orElseThrow().freeChoiceWaiver().isPresent()) {
            continue;
          }
          CaseFile example = caseOn(track, base.plusDays(40)).addEvents(CaseEvent.contact(base, ContactChannel.IN_PERSON),
              CaseEvent.of(EventType.FREE_CHOICE, base.plusDays(3))).build();
          String rule = g.freeChoiceWaiver().get().rule();
          findings.add(FloorFinding.builder().kind(FloorFinding.Kind.WAIVER_WITHOUT_BASIS).rule(rule)
              .nationalRule(guaranteeRule(track).id())
              .message(m.format("waiver", w.name(track), track.guarantee().current().citation()))
              .exampleCase(example).difference(engineFinding(example, rule).map(Finding::message)).build());
        }
      }
    }

    /** ODS-U2, and a standard that names no follow-up at all (Jammerbugt). */
    void followUps() {
      if (!standard.covers(Track.SOCIAL_DRUG)) {
        return;
      }
      List<FollowUpRule> plan = standard.followUps().stream().filter(f -> f.kind() == FollowUpKind.FOLLOW_UP
          && f.appliesOn(Track.SOCIAL_DRUG) && f.qualifyingEndings().contains(EndStatus.COMPLETED)).toList();
      List<Span> missing = NationalFloor.FOLLOW_UP.missingFrom(plan.stream().flatMap(f -> f.after().stream()).toList());
      if (missing.isEmpty()) {
        return;
      }
      String rule = plan.isEmpty() ? standard.followUpRule() : plan.get(0).source().rule();
      CaseFile example = caseOn(Track.SOCIAL_DRUG, base.plusDays(300))
          .addEvents(CaseEvent.contact(base, ContactChannel.PHONE), CaseEvent.treatmentStart(base.plusDays(10), "OUTPATIENT"),
              CaseEvent.treatmentEnd(base.plusDays(40), EndStatus.COMPLETED))
          .build();
      findings.add(FloorFinding.builder()
          .kind(plan.isEmpty() ? FloorFinding.Kind.NO_FOLLOW_UP : FloorFinding.Kind.FOLLOW_UP_OMITTED).rule(rule)
          .nationalRule(NationalRule.NAT_U1.id())
          .message(plan.isEmpty() ? m.format("noFollowUp", spans(NationalFloor.FOLLOW_UP.after()))
              : m.format("followUpOmitted", spans(missing)))
          .exampleCase(example).difference(engineFinding(example, rule).map(Finding::message)).build());
    }

    /** NAT-U1: the follow-ups on the social drug track for fewer kinds of ending than the law's four. */
    void followUpEndings() {
      if (!standard.covers(Track.SOCIAL_DRUG)) {
        return;
      }
      List<FollowUpRule> plan = standard.followUps().stream().filter(f -> f.kind() == FollowUpKind.FOLLOW_UP
          && f.appliesOn(Track.SOCIAL_DRUG) && f.qualifyingEndings().contains(EndStatus.COMPLETED)).toList();
      if (plan.isEmpty()) {
        return;
      }
      Set<EndStatus> missing = EnumSet.copyOf(NationalFloor.FOLLOW_UP.qualifying());
      plan.forEach(f -> missing.removeAll(f.qualifyingEndings()));
      if (missing.isEmpty()) {
        return;
      }
      String rule = plan.get(0).source().rule();
      EndStatus ending = missing.iterator().next();
      CaseFile example = caseOn(Track.SOCIAL_DRUG, base.plusDays(300))
          .addEvents(CaseEvent.contact(base, ContactChannel.PHONE), CaseEvent.treatmentStart(base.plusDays(10), "OUTPATIENT"),
              CaseEvent.treatmentEnd(base.plusDays(40), ending))
          .build();
      findings.add(FloorFinding.builder().kind(FloorFinding.Kind.FOLLOW_UP_NARROWER).rule(rule)
          .nationalRule(NationalRule.NAT_U1.id())
          .message(m.format("followUpNarrower", missing.stream().map(w::name).collect(Collectors.joining(", "))))
          .exampleCase(example).difference(deadline(example, DeadlineKind.FOLLOW_UP)
              .map(d -> m.format("followUpNarrower.difference", w.name(ending), date(d.startedBy().orElseThrow()),
                  date(d.due().orElseThrow()), d.rule())))
          .build());
    }

    /** NAT-C1: a complaint limit on decisions on social treatment shorter than the law's 4 weeks. */
    void complaintLimits() {
      Span law = NationalFloor.COMPLAINT_LIMIT.limit();
      for (ComplaintRoute route : standard.complaints()) {
        if (route.subject() != ComplaintSubject.SOCIAL_TREATMENT || route.limit().isEmpty() || !route.limit().get().isExact()
            || !route.limit().get().unit().isCalendar()) {
          continue;
        }
        Span text = route.limit().get();
        LocalDate received = base.plusDays(3);
        LocalDate textEnd = text.unit().addTo(received, text.exactly());
        if (!textEnd.isBefore(law.unit().addTo(received, law.exactly()))) {
          continue;
        }
        LocalDate complaint = textEnd.plusDays(1);
        CaseFile example = caseOn(Track.SOCIAL_DRUG, base.plusDays(60)).addEvents(CaseEvent.contact(base, ContactChannel.PHONE),
            CaseEvent.decision(received, ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            CaseEvent.of(EventType.COMPLAINT, complaint)).build();
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.COMPLAINT_LIMIT_SHORTER).rule(route.source().rule())
            .nationalRule(NationalRule.NAT_C1.id())
            .message(m.format("complaintShorter", span(text), span(law)))
            .exampleCase(example).difference(deadline(example, DeadlineKind.COMPLAINT)
                .map(d -> m.format("complaintShorter.difference", date(complaint), span(text), w.name(d.status()),
                    date(d.due().orElseThrow()))))
            .build());
      }
    }

    /** NAT-C5: a reconsideration limit longer than the law's 4 weeks. */
    void reconsiderationLimits() {
      Span law = NationalFloor.RECONSIDERATION_LIMIT.limit();
      for (dk.kvalitetsstandard.standard.DeadlineRule rule : standard.deadlines()) {
        if (rule.kind() != DeadlineKind.RECONSIDERATION || !rule.limit().isExact() || !rule.limit().unit().isCalendar()) {
          continue;
        }
        LocalDate complaint = base.plusDays(5);
        LocalDate textEnd = rule.limit().unit().addTo(complaint, rule.limit().exactly());
        if (!textEnd.isAfter(law.unit().addTo(complaint, law.exactly()))) {
          continue;
        }
        CaseFile example = caseOn(Track.SOCIAL_DRUG, base.plusDays(120)).addEvents(CaseEvent.contact(base, ContactChannel.PHONE),
            CaseEvent.decision(base.plusDays(3), ComplaintSubject.SOCIAL_TREATMENT, Outcome.REFUSED),
            CaseEvent.of(EventType.COMPLAINT, complaint), CaseEvent.of(EventType.RECONSIDERED, textEnd)).build();
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.RECONSIDERATION_LONGER).rule(rule.source().rule())
            .nationalRule(NationalRule.NAT_C5.id())
            .message(m.format("reconsiderationLonger", span(rule.limit()), span(law)))
            .exampleCase(example).difference(deadline(example, DeadlineKind.RECONSIDERATION)
                .map(d -> m.format("reconsiderationLonger.difference", date(textEnd), span(rule.limit()), w.name(d.status()),
                    date(d.due().orElseThrow()))))
            .build());
      }
    }

    /** GEN-O3, RAN-O4, RIN-O4: anonymous-treatment criteria narrower than SEL § 101 a, stk. 1. */
    void narrowerCriteria() {
      for (Offer offer : standard.offers()) {
        List<Criterion> narrower = offer.criteria().stream().filter(Criterion::narrowerThanLaw).toList();
        if (narrower.isEmpty()) {
          continue;
        }
        Criterion first = narrower.get(0);
        Profile.Builder citizen = Profile.builder().age(30).otherSocialProblems(false);
        first.fact().ifPresent(f -> setFact(citizen, f, !first.requiredValue().orElseThrow()));
        Track track = offer.tracks().iterator().next();
        ScreeningQuestion example = ScreeningQuestion.builder().municipality(standard.municipality().slug()).asOf(base)
            .track(track).citizen(citizen.build()).build();
        Optional<String> difference = assessor.screening(example, locale).offers().stream()
            .filter(o -> o.offer().equals(offer.id())).findFirst().map(o -> describe(o, offer, first));
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.NARROWER_CRITERION).rule(first.source().rule())
            .nationalRule(NationalRule.NAT_A1.id())
            .message(m.format("narrower", danish() ? offer.name() : offer.id(), narrower.stream()
                .map(c -> danish() ? lowerFirst(CriterionText.of(c, locale)) : c.text()).collect(Collectors.joining("; "))))
            .exampleQuestion(example).difference(difference).build());
      }
    }

    private String describe(ScreenedOffer screened, Offer offer, Criterion criterion) {
      return m.format("narrower.difference", danish() ? lowerFirst(CriterionText.of(criterion, locale)) : criterion.text(),
          w.name(screened.eligibility()), danish() ? offer.name() : screened.offer());
    }

    private boolean danish() {
      return Language.isDanish(locale);
    }

    private String lowerFirst(String text) {
      return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** NAT-Q2: expired, overdue for revision, no adoption date, no period of validity. */
    void validity() {
      Optional<LocalDate> to = standard.validity().to();
      if (to.isPresent() && to.get().isBefore(on)) {
        LocalDate start = to.get().plusDays(1);
        CaseFile example = caseOn(Track.SOCIAL_DRUG, start.plusDays(30))
            .addEvents(CaseEvent.contact(start, ContactChannel.PHONE)).build();
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.EXPIRED).rule(metadataRule).nationalRule(NationalRule.NAT_Q2.id())
            .message(m.format("expired", date(to.get())))
            .exampleCase(example).difference(engineFinding(example, NationalRule.NAT_Q2.id()).map(Finding::message)).build());
      }
      Optional<LocalDate> adopted = standard.adoption().date();
      boolean stillClaimsForce = to.map(t -> !t.isBefore(on)).orElse(true);
      if (adopted.isPresent() && adopted.get().plusYears(2).isBefore(on) && stillClaimsForce) {
        findings.add(applied(FloorFinding.Kind.REVISION_OVERDUE, m.format("revisionOverdue", date(adopted.get()),
            date(adopted.get().plusYears(2)))));
      }
      if (adopted.isEmpty()) {
        findings.add(applied(FloorFinding.Kind.NO_ADOPTION_DATE, m.format("noAdoptionDate", w.name(standard.adoption().status()))));
      }
      if (standard.validity().from().isEmpty() && to.isEmpty()) {
        findings.add(applied(FloorFinding.Kind.NO_VALIDITY, m.text("noValidity")));
      }
    }

    /** A document finding, with a case showing that the library still applies the standard on {@code on}. */
    private FloorFinding applied(FloorFinding.Kind kind, String message) {
      CaseFile example = caseOn(Track.SOCIAL_DRUG, on).addEvents(CaseEvent.contact(on, ContactChannel.PHONE)).build();
      DeadlineReport report = engine.report(example, locale);
      return FloorFinding.builder().kind(kind).rule(metadataRule).nationalRule(NationalRule.NAT_Q2.id()).message(message)
          .exampleCase(example).difference(report.findings().isEmpty()
              ? m.format("applied.noFinding", date(on), report.standard().title())
              : m.format("applied.finding", date(on), report.standard().title(), report.findings().get(0).message()))
          .build();
    }

    /** NAT-Y1, NAT-Q1, NAT-C3: the predecessor order, SEL § 140 for under-18s, Patientombuddet. */
    void outdatedReferences() {
      for (LegalReference cited : standard.citedLaw()) {
        if (cited.act().replacedBy().isPresent()) {
          CaseFile example = caseOn(Track.SOCIAL_DRUG, base.plusDays(90))
              .addEvents(CaseEvent.contact(base, ContactChannel.PHONE), CaseEvent.treatmentStart(base.plusDays(10), "OUTPATIENT"),
                  CaseEvent.treatmentEnd(base.plusDays(40), EndStatus.COMPLETED)).build();
          findings.add(FloorFinding.builder().kind(FloorFinding.Kind.OUTDATED_REFERENCE).rule(metadataRule)
              .nationalRule(NationalRule.NAT_Q1.id())
              .message(m.format("outdated", cited.citation(), cited.act().replacedBy().get().shortForm()))
              .exampleCase(example).difference(deadline(example, DeadlineKind.FOLLOW_UP)
                  .map(d -> m.format("outdated.difference", d.legalBasis().orElse(""))))
              .build());
        }
        if (cited.act() == Act.SEL && cited.paragraph().equals(Optional.of("140")) && standard.covers(Track.SOCIAL_DRUG)) {
          LocalDate day = on.isBefore(LocalDate.of(2024, 1, 1)) ? LocalDate.of(2024, 3, 1) : on;
          CaseFile example = CaseFile.builder().municipality(standard.municipality().slug()).asOf(day).track(Track.SOCIAL_DRUG)
              .citizen(Citizen.builder().age(16).build()).addEvents(CaseEvent.contact(day, ContactChannel.PHONE)).build();
          findings.add(FloorFinding.builder().kind(FloorFinding.Kind.OUTDATED_REFERENCE).rule(metadataRule)
              .nationalRule(NationalRule.NAT_Y1.id())
              .message(m.text("under18"))
              .exampleCase(example).difference(deadline(example, DeadlineKind.TREATMENT_GUARANTEE)
                  .map(d -> m.format("under18.difference", date(day), d.legalBasis().orElse(""))))
              .build());
        }
      }
      for (ComplaintRoute route : standard.complaints()) {
        if (route.subject() == ComplaintSubject.HEALTH_TREATMENT && dk.kvalitetsstandard.law.HealthComplaintBody.isFormer(route.body())) {
          CaseFile example = caseOn(Track.SOCIAL_DRUG, base.plusDays(30)).addEvents(CaseEvent.contact(base, ContactChannel.PHONE),
              CaseEvent.decision(base.plusDays(3), ComplaintSubject.HEALTH_TREATMENT, Outcome.REFUSED)).build();
          findings.add(FloorFinding.builder().kind(FloorFinding.Kind.FORMER_BODY).rule(route.source().rule())
              .nationalRule(NationalRule.NAT_C3.id())
              .message(m.format("formerBody", route.body(), dk.kvalitetsstandard.law.HealthComplaintBody.CURRENT))
              .exampleCase(example).difference(deadline(example, DeadlineKind.COMPLAINT).map(Deadline::explanation)).build());
        }
      }
    }

    /** NAT-Q1: the contents the standard lacks. */
    void missingContents() {
      Set<RequiredContent> covered = EnumSet.noneOf(RequiredContent.class);
      standard.coverage().stream().map(ContentCoverage::content).forEach(covered::add);
      List<RequiredContent> missing = java.util.Arrays.stream(RequiredContent.values()).filter(c -> !covered.contains(c)).toList();
      if (!missing.isEmpty()) {
        findings.add(FloorFinding.builder().kind(FloorFinding.Kind.MISSING_CONTENTS).rule(metadataRule)
            .nationalRule(NationalRule.NAT_Q1.id())
            .message(m.format("missing", String.valueOf(missing.size()), missing.stream()
                .map(c -> c.number() + " " + w.name(c)).collect(Collectors.joining(", "))))
            .build());
      }
    }
  }

  private static void setFact(Profile.Builder citizen, CitizenFact fact, boolean value) {
    switch (fact) {
      case SELF_SUPPORTING -> citizen.selfSupporting(value);
      case HAS_OWN_HOME -> citizen.hasOwnHome(value);
      case WANTS_SUBSTITUTION -> citizen.wantsSubstitution(value);
      case MENTAL_ILLNESS_NEEDING_TREATMENT -> citizen.mentalIllnessNeedingTreatment(value);
      case OTHER_SOCIAL_PROBLEMS -> citizen.otherSocialProblems(value);
      case PSYCHOLOGICAL_PROBLEMS -> citizen.psychologicalProblems(value);
      case NEEDS_MEDICINE -> citizen.needsMedicine(value);
      case PARENTAL_CONSENT -> citizen.parentalConsent(value);
      case PREGNANT -> citizen.pregnant(value);
      case CHILDREN_UNDER_18 -> citizen.childrenUnder18(value);
    }
  }
}
