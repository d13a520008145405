package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.calendar.TimeLimits;
import dk.kvalitetsstandard.cases.CaseEvent;
import dk.kvalitetsstandard.cases.CaseFile;
import dk.kvalitetsstandard.cases.CaseValidator;
import dk.kvalitetsstandard.cases.EventType;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalRule;
import dk.kvalitetsstandard.law.Provisions;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.InForce;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.EndStatus;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import dk.kvalitetsstandard.standard.Span;
import dk.kvalitetsstandard.standard.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the deadlines of one case under one standard: every kind of CASE-FORMAT.md, each the
 * effective one of the national floor and the municipal rule, with the findings where the
 * municipal text alone would give less. One instance per evaluation; not shared between threads.
 */
final class CaseDeadlines {

  /** The national treatment guarantee and follow-ups (NAT-G1, NAT-U1). */
  static final Span GUARANTEE_DAYS = Span.of(14, Unit.DAYS);
  static final List<Span> NATIONAL_FOLLOW_UPS = List.of(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS));
  static final Span FOUR_WEEKS = Span.of(4, Unit.WEEKS);

  private static final LegalReference ACTION_PLAN = LegalReference.of(Act.SEL, "141");
  private static final LegalReference TREATMENT_PLAN = NationalRule.NAT_P2.provision().orElseThrow().current();

  private final QualityStandard standard;
  private final Lookup lookup;
  private final CaseFile caseFile;
  private final List<CaseEvent> events;
  private final TimeLimits limits;
  private final Explainer explainer;
  private final List<Draft> deadlines = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  /** Follow-ups and talks already used to close a deadline of an earlier course. */
  private final Set<CaseEvent> consumed = new HashSet<>();

  CaseDeadlines(Lookup lookup, CaseFile caseFile, TimeLimits limits, Explainer explainer) {
    this.lookup = lookup;
    this.standard = lookup.standard();
    this.caseFile = caseFile;
    this.events = caseFile.chronological();
    this.limits = limits;
    this.explainer = explainer;
  }

  List<Draft> deadlines() {
    return deadlines;
  }

  List<Finding> findings() {
    return findings;
  }

  CaseDeadlines compute() {
    standardInForce();
    guarantee();
    medicalExamination();
    planReviews();
    actionPlanClarification();
    providerNotices();
    for (CaseEvent end : all(EventType.TREATMENT_END)) {
      followUps(end);
      relapsePrevention(end);
    }
    complaints();
    reconsiderations();
    return this;
  }

  // ------------------------------------------------------------------ events

  private List<CaseEvent> all(EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  private Optional<CaseEvent> firstOnOrAfter(EventType type, LocalDate date) {
    return events.stream().filter(e -> e.type() == type && !e.date().isBefore(date)).findFirst();
  }

  private Optional<LocalDate> firstContact(ClockStart clock) {
    return events.stream().filter(e -> e.type() == EventType.CONTACT && e.channel().map(clock::startsOn).orElse(false))
        .map(CaseEvent::date).findFirst();
  }

  private Status byDates(LocalDate due, LocalDate closedBy) {
    if (closedBy != null) {
      return closedBy.isAfter(due) ? Status.BREACHED : Status.MET;
    }
    return caseFile.asOf().isAfter(due) ? Status.BREACHED : Status.PENDING;
  }

  private LegalReference treatmentBasis(LocalDate on) {
    return caseFile.track().legalBasis(on, caseFile.citizen().age().orElse(null));
  }

  private String name() {
    return standard.municipality().name();
  }

  // ------------------------------------------------------------------ the standard itself (NAT-Q2)

  private void standardInForce() {
    LocalDate first = caseFile.firstEventDate().orElse(caseFile.asOf());
    if (lookup.inForce() == InForce.EXPIRED) {
      findings.add(Finding.of(NationalRule.NAT_Q2.id(), explainer.message("finding.expired", name(),
          standard.validity().to().orElseThrow().toString(), first.toString())));
    } else if (lookup.inForce() == InForce.NOT_YET_IN_FORCE) {
      findings.add(Finding.of(NationalRule.NAT_Q2.id(), explainer.message("finding.notYetInForce", name(),
          standard.validity().from().orElseThrow().toString(), first.toString())));
    }
  }

  // ------------------------------------------------------------------ treatment guarantee

  private void guarantee() {
    Track track = caseFile.track();
    if (!track.hasGuarantee()) {
      deadlines.add(new Draft(DeadlineKind.TREATMENT_GUARANTEE, NationalRule.NAT_G3.id(),
          NationalRule.NAT_G3.provision().orElseThrow().current(), null, null, null, Status.NOT_APPLICABLE,
          Reason.ANONYMOUS_GUARANTEE, null, null));
      return;
    }
    NationalRule national = switch (track) {
      case MEDICAL_DRUG -> NationalRule.NAT_G4;
      case ALCOHOL -> NationalRule.NAT_G5;
      default -> NationalRule.NAT_G1;
    };
    Optional<GuaranteeRule> municipal = standard.guarantees().stream().filter(g -> g.tracks().contains(track))
        .filter(this::coversThisCase).findFirst();
    Optional<LocalDate> nationalStart = firstContact(ClockStart.FIRST_CONTACT);
    Optional<LocalDate> municipalStart = municipal.flatMap(g -> firstContact(g.clockStart()));
    Optional<LocalDate> nationalDue = nationalStart.map(d -> d.plusDays(GUARANTEE_DAYS.exactly()));
    Optional<LocalDate> municipalDue = municipal.flatMap(g -> municipalStart.map(d -> d.plusDays(g.days())));
    String municipalRule = municipal.map(g -> g.source().rule()).orElse(national.id());

    if (nationalDue.isEmpty() && municipalDue.isEmpty()) {
      deadlines.add(Draft.dated(DeadlineKind.TREATMENT_GUARANTEE, municipalRule, track.guarantee().current(), null, null,
          null, Status.NOT_STARTED, GUARANTEE_DAYS));
      return;
    }
    boolean municipalDecides = municipalDue.isPresent()
        && (nationalDue.isEmpty() || !municipalDue.get().isAfter(nationalDue.get()));
    LocalDate start = municipalDecides ? municipalStart.get() : nationalStart.get();
    LocalDate due = municipalDecides ? municipalDue.get() : nationalDue.get();
    boolean minor = caseFile.citizen().isMinor();
    LegalReference basis = track == Track.SOCIAL_DRUG && minor
        ? Provisions.TREATMENT_GUARANTEE_UNDER_18.inForceOn(start) : track.guarantee().inForceOn(start);
    LocalDate closedBy = firstOnOrAfter(EventType.TREATMENT_START, start).map(CaseEvent::date).orElse(null);
    Draft draft = Draft.dated(DeadlineKind.TREATMENT_GUARANTEE, municipalDecides ? municipalRule : national.id(), basis,
        start, due, closedBy, byDates(due, closedBy), GUARANTEE_DAYS);

    municipal.ifPresent(g -> {
      if (municipalDue.isEmpty() || nationalDue.isPresent() && municipalDue.get().isAfter(nationalDue.get())) {
        findings.add(Finding.of(g.clockRule().rule(), explainer.message("finding.clock", name(),
            explainer.message("clock." + g.clockStart()),
            municipalStart.map(LocalDate::toString).orElse(explainer.message("notYet")),
            municipalDue.map(LocalDate::toString).orElse(explainer.message("none")),
            nationalStart.get().toString(), nationalDue.get().toString())));
      }
    });
    deadlines.add(guaranteeExceptions(draft, municipal, national).withStandardDue(municipalDue.orElse(null)));
  }

  /**
   * Whether a municipal guarantee speaks of this case at all: not of a minor where its criteria
   * exclude minors (GEN-G1), not of a course that starts in an offer kind whose assessment it leaves
   * out (GEN-G2). Where it does not, the national guarantee alone applies (NAT-X1).
   */
  private boolean coversThisCase(GuaranteeRule rule) {
    if (rule.minors() == MinorsRule.NOT_COVERED && caseFile.citizen().isMinor()) {
      return false;
    }
    Optional<OfferKind> started = all(EventType.TREATMENT_START).stream().findFirst()
        .flatMap(e -> CaseValidator.offerKind(standard, e.offer().orElseThrow()));
    return started.map(kind -> !rule.notCovering().contains(kind)).orElse(true);
  }

  /**
   * Minors awaiting a decision, free choice and refusal, in that order (RAN-G2, NAT-G2, NAT-G4).
   *
   * <p>Reading: a guarantee met in time stays {@code MET} even if the citizen also chose another
   * provider on or before the due date. CASE-FORMAT.md defines {@code MET} as closed on or before
   * the due date and {@code WAIVED} as a free choice on or before it; where both hold, the start in
   * time is what happened, and {@code MET} keeps "met exactly when closed in time" true. A free
   * choice waives only a guarantee that was not met. On the alcohol track no law or seed quoted
   * here lets a free choice set the guarantee aside, so it is not waived there. A refusal ends the
   * guarantee where there is then nothing to start: a refusal of social treatment on the social
   * track, of health treatment on the medical and alcohol tracks.
   */
  private Draft guaranteeExceptions(Draft draft, Optional<GuaranteeRule> municipal, NationalRule national) {
    if (caseFile.citizen().isMinor() && municipal.map(g -> g.minors() == MinorsRule.NEEDS_DECISION).orElse(false)) {
      String rule = municipal.get().minorsRule().rule();
      // The latest decision counts: a refusal may be reconsidered and granted.
      Optional<CaseEvent> decision = all(EventType.UNDER18_GUARANTEE_DECISION).stream().reduce((a, b) -> b);
      if (decision.isEmpty()) {
        return draft.decidedBy(rule, draft.basis()).because(Status.NEEDS_DECISION, Reason.MINOR_UNDECIDED, null);
      }
      if (!decision.get().granted().orElse(false)) {
        return draft.decidedBy(rule, draft.basis())
            .because(Status.NOT_APPLICABLE, Reason.MINOR_REFUSED, decision.get().date().toString());
      }
    }
    if (draft.status() == Status.MET) {
      return draft;
    }
    Optional<CaseEvent> freeChoice = all(EventType.FREE_CHOICE).stream().filter(e -> !e.date().isAfter(draft.due())).findFirst();
    if (freeChoice.isPresent() && caseFile.track() != Track.ALCOHOL) {
      NationalRule waiver = caseFile.track() == Track.MEDICAL_DRUG ? NationalRule.NAT_G4 : NationalRule.NAT_G2;
      LegalReference basis = caseFile.track() == Track.MEDICAL_DRUG ? LegalReference.of(Act.SUL, "142", 8)
          : waiver.provision().orElseThrow().current();
      return draft.decidedBy(waiver.id(), basis).because(Status.WAIVED, Reason.FREE_CHOICE, freeChoice.get().date().toString());
    }
    ComplaintSubject subject = caseFile.track() == Track.SOCIAL_DRUG ? ComplaintSubject.SOCIAL_TREATMENT
        : ComplaintSubject.HEALTH_TREATMENT;
    Optional<CaseEvent> refusal = all(EventType.DECISION_RECEIVED).stream()
        .filter(e -> e.subject().orElse(null) == subject && e.outcome().map(o -> o == Outcome.REFUSED).orElse(false))
        .filter(e -> !e.date().isAfter(draft.due())).findFirst();
    if (refusal.isPresent()) {
      return draft.because(Status.NOT_APPLICABLE, Reason.REFUSED, refusal.get().date().toString());
    }
    return draft;
  }

  // ------------------------------------------------------------------ municipal time limits

  private Optional<DeadlineRule> rule(DeadlineKind kind) {
    return standard.deadlines().stream().filter(r -> r.kind() == kind).findFirst();
  }

  private boolean appliesHere(DeadlineRule rule) {
    return rule.tracks().isEmpty() || rule.tracks().contains(caseFile.track());
  }

  /** JAM-D2: contact + 14 days, or the start of treatment if earlier (NAT-G6). */
  private void medicalExamination() {
    rule(DeadlineKind.MEDICAL_EXAMINATION).filter(this::appliesHere).ifPresent(r -> {
      LegalReference basis = NationalRule.NAT_G6.provision().orElseThrow().current();
      // The same contact that starts the national guarantee clock (D0-6).
      Optional<LocalDate> contact = firstContact(ClockStart.FIRST_CONTACT);
      if (contact.isEmpty()) {
        deadlines.add(Draft.dated(DeadlineKind.MEDICAL_EXAMINATION, r.source().rule(), basis, null, null, null,
            Status.NOT_STARTED, r.limit()));
        return;
      }
      LocalDate due = r.limit().unit().addTo(contact.get(), r.limit().exactly());
      Optional<LocalDate> start = all(EventType.TREATMENT_START).stream().findFirst().map(CaseEvent::date);
      if (start.isPresent() && start.get().isBefore(due)) {
        due = start.get();
      }
      LocalDate closedBy = firstOnOrAfter(EventType.MEDICAL_EXAMINATION, contact.get()).map(CaseEvent::date).orElse(null);
      deadlines.add(Draft.dated(DeadlineKind.MEDICAL_EXAMINATION, r.source().rule(), basis, contact.get(), due, closedBy,
          byDates(due, closedBy), r.limit()));
    });
  }

  /** RAN-U1, RIN-U1: due an interval after the start, then an interval after each review; none after the end. */
  private void planReviews() {
    if (caseFile.track() == Track.ANONYMOUS_DRUG) {
      return;
    }
    standard.planReviews().stream().filter(r -> r.mode() == ReviewMode.PERIODIC).findFirst().ifPresent(r -> {
      Span interval = r.interval().orElseThrow();
      Optional<CaseEvent> start = all(EventType.TREATMENT_START).stream().findFirst();
      if (start.isEmpty()) {
        deadlines.add(Draft.dated(DeadlineKind.PLAN_REVIEW, r.source().rule(), TREATMENT_PLAN, null, null, null,
            Status.NOT_STARTED, interval));
        return;
      }
      Optional<LocalDate> end = firstOnOrAfter(EventType.TREATMENT_END, start.get().date()).map(CaseEvent::date);
      List<LocalDate> reviews = all(EventType.PLAN_REVIEW).stream().map(CaseEvent::date).toList();
      LocalDate anchor = start.get().date();
      int used = 0;
      while (true) {
        LocalDate due = interval.unit().addTo(anchor, interval.exactly());
        if (end.isPresent() && due.isAfter(end.get())) {
          return;
        }
        final LocalDate from = anchor;
        List<LocalDate> next = reviews.subList(used, reviews.size()).stream().filter(d -> d.isAfter(from)).toList();
        LocalDate closedBy = next.isEmpty() ? null : next.get(0);
        deadlines.add(Draft.dated(DeadlineKind.PLAN_REVIEW, r.source().rule(), TREATMENT_PLAN, anchor, due, closedBy,
            byDates(due, closedBy), interval));
        if (closedBy == null) {
          return;
        }
        used = reviews.indexOf(closedBy) + 1;
        anchor = closedBy;
      }
    });
  }

  /** RIN-D1: within 2 months of the start it is decided whether an action plan is needed; never under § 101 a (NAT-Y2). */
  private void actionPlanClarification() {
    rule(DeadlineKind.ACTION_PLAN_CLARIFICATION).ifPresent(r -> {
      if (caseFile.track() == Track.ANONYMOUS_DRUG) {
        deadlines.add(new Draft(DeadlineKind.ACTION_PLAN_CLARIFICATION, NationalRule.NAT_Y2.id(),
            NationalRule.NAT_Y2.provision().orElseThrow().current(), null, null, null, Status.NOT_APPLICABLE,
            Reason.ACTION_PLAN_ANONYMOUS, r.limit(), null));
        return;
      }
      if (!appliesHere(r)) {
        return;
      }
      Optional<LocalDate> start = all(EventType.TREATMENT_START).stream().findFirst().map(CaseEvent::date);
      if (start.isEmpty()) {
        deadlines.add(Draft.dated(DeadlineKind.ACTION_PLAN_CLARIFICATION, r.source().rule(), ACTION_PLAN, null, null,
            null, Status.NOT_STARTED, r.limit()));
        return;
      }
      LocalDate due = r.limit().unit().addTo(start.get(), r.limit().exactly());
      LocalDate closedBy = firstOnOrAfter(EventType.ACTION_PLAN_CLARIFIED, start.get()).map(CaseEvent::date).orElse(null);
      deadlines.add(Draft.dated(DeadlineKind.ACTION_PLAN_CLARIFICATION, r.source().rule(), ACTION_PLAN, start.get(), due,
          closedBy, byDates(due, closedBy), r.limit()));
    });
  }

  /** RAN-D1: each interruption of residential treatment is notified within 2 days. */
  private void providerNotices() {
    rule(DeadlineKind.PROVIDER_NOTICE).filter(this::appliesHere).ifPresent(r -> {
      Set<CaseEvent> used = new HashSet<>();
      for (CaseEvent interruption : all(EventType.TREATMENT_INTERRUPTED)) {
        LocalDate due = r.limit().unit().addTo(interruption.date(), r.limit().exactly());
        Optional<CaseEvent> notice = all(EventType.PROVIDER_NOTIFIED).stream()
            .filter(n -> !used.contains(n) && !n.date().isBefore(interruption.date())).findFirst();
        notice.ifPresent(used::add);
        LocalDate closedBy = notice.map(CaseEvent::date).orElse(null);
        deadlines.add(Draft.dated(DeadlineKind.PROVIDER_NOTICE, r.source().rule(), treatmentBasis(interruption.date()),
            interruption.date(), due, closedBy, byDates(due, closedBy), r.limit()));
      }
    });
  }

  // ------------------------------------------------------------------ after the end (NAT-U1, JAM-D1)

  /**
   * Follow-ups after one end of treatment: the union of the national schedule (NAT-U1) and the
   * municipality's, one deadline per offset, closed in date order by the follow-ups after the end.
   * Anonymous treatment is not followed up: the municipality does not know who the citizen is.
   */
  private void followUps(CaseEvent end) {
    EndStatus status = end.status().orElseThrow();
    if (status == EndStatus.DECEASED || caseFile.track() == Track.ANONYMOUS_DRUG) {
      return;
    }
    List<FollowUpRule> municipal = standard.followUps().stream()
        .filter(f -> f.kind() == FollowUpKind.FOLLOW_UP && f.qualifyingEndings().contains(status)).toList();
    boolean nationalApplies = FollowUpRule.NATIONAL_QUALIFYING_ENDINGS.contains(status);
    Map<Span, String> ruleByOffset = new LinkedHashMap<>();
    municipal.forEach(f -> f.after().forEach(offset -> ruleByOffset.putIfAbsent(offset, f.source().rule())));
    if (nationalApplies) {
      NATIONAL_FOLLOW_UPS.forEach(offset -> ruleByOffset.putIfAbsent(offset, NationalRule.NAT_U1.id()));
      List<Span> missing = NATIONAL_FOLLOW_UPS.stream()
          .filter(o -> municipal.stream().noneMatch(f -> f.after().contains(o))).toList();
      if (!missing.isEmpty()) {
        findings.add(followUpFinding(end, municipal, missing));
      }
    }
    List<Span> offsets = ruleByOffset.keySet().stream()
        .sorted(Comparator.comparing((Span o) -> o.unit().addTo(end.date(), o.exactly()))).toList();
    closeInOrder(end, offsets, EventType.FOLLOW_UP, DeadlineKind.FOLLOW_UP, ruleByOffset::get,
        NationalRule.NAT_U1.provision().orElseThrow().inForceOn(end.date()));
  }

  private Finding followUpFinding(CaseEvent end, List<FollowUpRule> municipal, List<Span> missing) {
    String dues = missing.stream().map(o -> explainer.span(o) + " (" + o.unit().addTo(end.date(), o.exactly()) + ")")
        .collect(Collectors.joining(", "));
    if (municipal.isEmpty()) {
      String rule = standard.followUpRule();
      return Finding.of(rule, explainer.message("finding.noFollowUp", name(), end.date().toString(), dues));
    }
    String schedule = municipal.stream().flatMap(f -> f.after().stream()).distinct().map(explainer::span)
        .collect(Collectors.joining(", "));
    return Finding.of(municipal.get(0).source().rule(),
        explainer.message("finding.followUpSchedule", name(), schedule, end.date().toString(), dues));
  }

  /** JAM-D1: relapse-prevention talks after a completed course; like follow-ups, none on the anonymous track. */
  private void relapsePrevention(CaseEvent end) {
    if (caseFile.track() == Track.ANONYMOUS_DRUG) {
      return;
    }
    EndStatus status = end.status().orElseThrow();
    standard.followUps().stream()
        .filter(f -> f.kind() == FollowUpKind.RELAPSE_PREVENTION && f.qualifyingEndings().contains(status))
        .forEach(f -> closeInOrder(end, f.after(), EventType.RELAPSE_PREVENTION_TALK, DeadlineKind.RELAPSE_PREVENTION,
            offset -> f.source().rule(), treatmentBasis(end.date())));
  }

  /** One deadline per offset after {@code end}; the closing events after the end close them in date order. */
  private void closeInOrder(CaseEvent end, List<Span> offsets, EventType closing, DeadlineKind kind,
      java.util.function.Function<Span, String> ruleOf, LegalReference basis) {
    List<CaseEvent> closers = all(closing).stream()
        .filter(e -> e.date().isAfter(end.date()) && !consumed.contains(e)).toList();
    for (int i = 0; i < offsets.size(); i++) {
      Span offset = offsets.get(i);
      LocalDate due = offset.unit().addTo(end.date(), offset.exactly());
      LocalDate closedBy = i < closers.size() ? closers.get(i).date() : null;
      if (i < closers.size()) {
        consumed.add(closers.get(i));
      }
      deadlines.add(Draft.dated(kind, ruleOf.apply(offset), basis, end.date(), due, closedBy, byDates(due, closedBy), offset));
    }
  }

  // ------------------------------------------------------------------ complaints (NAT-C1..C5)

  private Optional<ComplaintRoute> route(ComplaintSubject subject) {
    return standard.complaints().stream().filter(c -> c.subject() == subject).findFirst();
  }

  /** The last day of a procedural limit from {@code from}: weeks as D0-5, days moved past holidays too. */
  private LocalDate procedural(LocalDate from, Span limit) {
    return limit.unit() == Unit.WEEKS ? limits.weeksFrom(from, limit.exactly())
        : limits.holidays().thisOrNextWorkingDay(limit.unit().addTo(from, limit.exactly()));
  }

  private void complaints() {
    for (CaseEvent decision : all(EventType.DECISION_RECEIVED)) {
      if (!decision.outcome().map(o -> o.isAdverse()).orElse(false)) {
        continue;
      }
      ComplaintSubject subject = decision.subject().orElseThrow();
      LocalDate received = decision.date();
      switch (subject) {
        case SOCIAL_TREATMENT -> socialTreatmentComplaint(received);
        case ANONYMOUS_TREATMENT -> deadlines.add(new Draft(DeadlineKind.COMPLAINT, NationalRule.NAT_A4.id(),
            NationalRule.NAT_A4.provision().orElseThrow().current(), received, null, null, Status.NOT_APPLICABLE,
            Reason.NOT_APPEALABLE, null, null));
        case CASE_HANDLING -> {
          Optional<ComplaintRoute> route = route(ComplaintSubject.CASE_HANDLING);
          deadlines.add(new Draft(DeadlineKind.COMPLAINT, route.map(c -> c.source().rule()).orElse(NationalRule.NAT_C4.id()),
              null, received, null, null, Status.NOT_APPLICABLE, Reason.CASE_HANDLING, null,
              route.map(ComplaintRoute::body).orElse(explainer.message("theMunicipality", name()))));
        }
        case HEALTH_TREATMENT -> healthComplaint(received);
        default -> throw new IllegalStateException(subject.name());
      }
    }
  }

  private void socialTreatmentComplaint(LocalDate received) {
    LocalDate nationalDue = procedural(received, FOUR_WEEKS);
    Optional<ComplaintRoute> route = route(ComplaintSubject.SOCIAL_TREATMENT).filter(c -> c.limit().isPresent());
    Optional<LocalDate> municipalDue = route.map(c -> procedural(received, c.limit().get()));
    // The citizen's own limit: the later due date is the more favourable one.
    boolean municipalDecides = municipalDue.isPresent() && !municipalDue.get().isBefore(nationalDue);
    LocalDate due = municipalDecides ? municipalDue.get() : nationalDue;
    String rule = municipalDecides ? route.get().source().rule() : NationalRule.NAT_C1.id();
    LocalDate closedBy = firstOnOrAfter(EventType.COMPLAINT, received).map(CaseEvent::date).orElse(null);
    Status status = closedBy != null ? (closedBy.isAfter(due) ? Status.LAPSED : Status.MET)
        : caseFile.asOf().isAfter(due) ? Status.LAPSED : Status.PENDING;
    deadlines.add(Draft.dated(DeadlineKind.COMPLAINT, rule, NationalRule.NAT_C1.provision().orElseThrow().inForceOn(received),
        received, due, closedBy, status, FOUR_WEEKS));
  }

  /** NAT-C3: complaints about the health-professional part go to Styrelsen for Patientsikkerhed. */
  private void healthComplaint(LocalDate received) {
    String body = explainer.message("body.patientSafety");
    Optional<ComplaintRoute> route = route(ComplaintSubject.HEALTH_TREATMENT);
    boolean municipalAgrees = route.map(c -> dk.kvalitetsstandard.law.HealthComplaintBody.isCurrent(c.body())).orElse(false);
    String detail = route.filter(c -> !municipalAgrees).map(c -> explainer.message("body.renamed", body, c.body())).orElse(body);
    deadlines.add(new Draft(DeadlineKind.COMPLAINT, municipalAgrees ? route.get().source().rule() : NationalRule.NAT_C3.id(),
        null, received, null, null, Status.NOT_APPLICABLE, Reason.HEALTH, null, detail));
  }

  /** NAT-C5: the municipality reconsiders a complaint about social treatment within 4 weeks (ODS-C1). */
  private void reconsiderations() {
    Set<CaseEvent> used = new HashSet<>();
    for (CaseEvent complaint : all(EventType.COMPLAINT)) {
      Optional<CaseEvent> decision = all(EventType.DECISION_RECEIVED).stream()
          .filter(d -> !d.date().isAfter(complaint.date()) && d.outcome().map(o -> o.isAdverse()).orElse(false))
          .reduce((a, b) -> b);
      if (decision.isEmpty() || decision.get().subject().orElseThrow() != ComplaintSubject.SOCIAL_TREATMENT) {
        continue;
      }
      LocalDate nationalDue = procedural(complaint.date(), FOUR_WEEKS);
      Optional<DeadlineRule> municipal = rule(DeadlineKind.RECONSIDERATION);
      Optional<LocalDate> municipalDue = municipal.map(r -> procedural(complaint.date(), r.limit()));
      // A limit on the municipality: the earlier due date is the more favourable one.
      boolean municipalDecides = municipalDue.isPresent() && !municipalDue.get().isAfter(nationalDue);
      LocalDate due = municipalDecides ? municipalDue.get() : nationalDue;
      Optional<CaseEvent> reconsidered = all(EventType.RECONSIDERED).stream()
          .filter(r -> !used.contains(r) && !r.date().isBefore(complaint.date())).findFirst();
      reconsidered.ifPresent(used::add);
      LocalDate closedBy = reconsidered.map(CaseEvent::date).orElse(null);
      deadlines.add(Draft.dated(DeadlineKind.RECONSIDERATION,
          municipalDecides ? municipal.get().source().rule() : NationalRule.NAT_C5.id(),
          NationalRule.NAT_C5.provision().orElseThrow().inForceOn(complaint.date()), complaint.date(), due, closedBy,
          byDates(due, closedBy), FOUR_WEEKS));
    }
  }
}
