package dk.kvalitetsstandard.conformance.property;

import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Mutations of a standard, for checking a checker: each changes one element the way a drafting
 * error or a municipal choice might, either to give the citizen less than the law (a guarantee of
 * 15 or 21 days, a clock started only at in-person attendance, an offer promised rather than a
 * start, an offer left outside the guarantee, a free choice that waives the alcohol guarantee, a
 * follow-up dropped or moved or given to fewer endings, a complaint limit of 2 weeks, a
 * reconsideration of 6 weeks, a standard that expired, a required content left out) or to give as
 * much or more (a guarantee of 13 days, a clock started by any contact, a complaint limit of 6
 * weeks, a reconsideration of 2 weeks, the national follow-ups stated where they were missing).
 * Only the mutations that change something in the standard given are made; every mutated standard
 * is valid. Whether a mutation gives less than the law is judged for a check on a date from
 * {@link #JUDGED_FROM} on (a standard made to expire at the end of 2019 is still in force before).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mutations {

  /** The first date for which {@link StandardMutation#belowLaw()} is judged. */
  public static final LocalDate JUDGED_FROM = LocalDate.of(CaseFiles.FIRST_YEAR, 1, 1);

  private Mutations() {}

  /**
   * Every mutation of {@code standard}, in a fixed order.
   *
   * @param standard a valid standard
   * @return the mutations
   */
  public static List<StandardMutation> all(QualityStandard standard) {
    Objects.requireNonNull(standard, "standard");
    List<StandardMutation> out = new ArrayList<>();
    guarantees(standard, out);
    followUps(standard, out);
    complaints(standard, out);
    validityAndContents(standard, out);
    return List.copyOf(out);
  }

  /**
   * A generator that picks one of {@link #all} by the seed; a failing mutation is shown by its
   * name, its rule and the changed element as JSON.
   *
   * @param standard a valid standard
   * @return the generator
   */
  public static Generator<StandardMutation> of(QualityStandard standard) {
    List<StandardMutation> all = all(standard);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no mutation applies to " + standard);
    }
    return new Generator<>() {
      @Override
      public StandardMutation generate(long seed) {
        return all.get(new SplittableRandom(seed).nextInt(all.size()));
      }

      @Override
      public String show(StandardMutation value) {
        return value.name() + " (rule " + value.rule() + ", " + (value.belowLaw() ? "below the law" : "as good as the law or better")
            + "); the changed element:\n" + value.changed();
      }

      @Override
      public String shows() {
        return "the mutation";
      }
    };
  }

  // ------------------------------------------------------------------ guarantee

  private static void guarantees(QualityStandard s, List<StandardMutation> out) {
    List<GuaranteeRule> all = s.guarantees();
    for (int i = 0; i < all.size(); i++) {
      GuaranteeRule g = all.get(i);
      String rule = g.source().rule();
      int law = NationalFloor.GUARANTEE_LENGTH.exactly();
      for (int days : new int[] {21, law + 1, law - 1}) {
        if (g.days() != days) {
          out.add(guarantee(s, i, GuaranteeRule.builder().from(g).days(days).build(), rule + ": a guarantee of " + days + " days",
              rule, days > law && g.days() <= law));
        }
      }
      if (g.clockStart() != ClockStart.IN_PERSON_ATTENDANCE) {
        out.add(guarantee(s, i, GuaranteeRule.builder().from(g).clockStart(ClockStart.IN_PERSON_ATTENDANCE).build(),
            g.clockRule().rule() + ": the clock starts at in-person attendance", g.clockRule().rule(), true));
      }
      if (g.clockStart() != ClockStart.CONTACT_INCLUDING_APPROVED_PROVIDER) {
        out.add(guarantee(s, i, GuaranteeRule.builder().from(g).clockStart(ClockStart.CONTACT_INCLUDING_APPROVED_PROVIDER).build(),
            g.clockRule().rule() + ": the clock starts at any contact, a provider's included", g.clockRule().rule(), false));
      }
      if (g.promise() == Promise.START) {
        out.add(guarantee(s, i, GuaranteeRule.builder().from(g).promise(Promise.OFFER).build(),
            rule + ": treatment offered, not started, within the guarantee", rule, true));
      }
      if (!g.notCovering().contains(OfferKind.RESIDENTIAL)) {
        out.add(guarantee(s, i, GuaranteeRule.builder().from(g).addNotCovering(OfferKind.RESIDENTIAL).build(),
            g.notCoveringRule().rule() + ": residential treatment left outside the guarantee", g.notCoveringRule().rule(), true));
      }
      if (g.tracks().contains(Track.ALCOHOL) && g.freeChoiceWaiver().isEmpty()) {
        out.add(guarantee(s, i, GuaranteeRule.builder().from(g)
                .freeChoiceWaiver(Source.of(rule, "Vælger borgeren et andet tilbud, bortfalder behandlingsgarantien.")).build(),
            rule + ": a free choice waives the guarantee on the alcohol track too", rule, true));
      }
    }
  }

  private static StandardMutation guarantee(QualityStandard s, int index, GuaranteeRule changed, String name, String rule,
      boolean below) {
    List<GuaranteeRule> all = new ArrayList<>(s.guarantees());
    all.set(index, changed);
    return mutation(name, rule, below, s, QualityStandard.builder().from(s).guarantees(all).build(), changed);
  }

  // ------------------------------------------------------------------ follow-ups

  private static void followUps(QualityStandard s, List<StandardMutation> out) {
    List<FollowUpRule> all = s.followUps();
    for (int i = 0; i < all.size(); i++) {
      FollowUpRule f = all.get(i);
      if (f.kind() != FollowUpKind.FOLLOW_UP) {
        continue;
      }
      String rule = f.source().rule();
      for (int k = 0; k < f.after().size(); k++) {
        Span span = f.after().get(k);
        List<Span> fewer = new ArrayList<>(f.after());
        fewer.remove(k);
        QualityStandard dropped = fewer.isEmpty() ? withFollowUp(s, i, null) : withFollowUp(s, i, FollowUpRule.builder().from(f)
            .after(fewer).build());
        out.add(followUpMutation(rule + ": the follow-up after " + span + " dropped", s, dropped,
            fewer.isEmpty() ? "{}" : json(fewer)));
        if (span.isExact() && span.unit() == Unit.MONTHS) {
          List<Span> moved = new ArrayList<>(f.after());
          moved.set(k, Span.of(span.exactly() + 1, Unit.MONTHS));
          FollowUpRule later = FollowUpRule.builder().from(f).after(moved).build();
          out.add(followUpMutation(rule + ": the follow-up after " + span + " moved to " + moved.get(k), s,
              withFollowUp(s, i, later), json(later)));
        }
      }
      if (f.qualifyingEndings().size() > 1 && f.qualifyingEndings().contains(EndStatus.COMPLETED)) {
        FollowUpRule narrower = FollowUpRule.builder().from(f).qualifyingEndings(EnumSet.of(EndStatus.COMPLETED)).build();
        out.add(followUpMutation(rule + ": follow-ups only after a completed treatment", s, withFollowUp(s, i, narrower),
            json(narrower)));
      }
    }
    if (s.covers(Track.SOCIAL_DRUG) && !missingSpans(s).isEmpty()) {
      FollowUpRule national = FollowUpRule.national(Source.of(prefix(s) + "-U99",
          "Der følges op på behandlingsplanen senest 1 måned og igen 6 måneder efter endt behandling."));
      QualityStandard added = QualityStandard.builder().from(s).addFollowUps(national).build();
      out.add(mutation(prefix(s) + "-U99: the national follow-ups stated", national.source().rule(), false, s, added, national));
    }
  }

  private static QualityStandard withFollowUp(QualityStandard s, int index, FollowUpRule changed) {
    List<FollowUpRule> all = new ArrayList<>(s.followUps());
    if (changed == null) {
      all.remove(index);
    } else {
      all.set(index, changed);
    }
    return QualityStandard.builder().from(s).followUps(all).build();
  }

  /** A follow-up mutation: below the law when it leaves an offset or a discharge status of NAT-U1 uncovered. */
  private static StandardMutation followUpMutation(String name, QualityStandard before, QualityStandard after, String changed) {
    boolean below = before.covers(Track.SOCIAL_DRUG) && (missingSpans(after).size() > missingSpans(before).size()
        || missingStatuses(after).size() > missingStatuses(before).size());
    return new StandardMutation(name, followUpFindingRule(after), below, before, after, changed);
  }

  /** The follow-ups on the social drug track that a completed treatment gets (the standard's plan for NAT-U1). */
  private static List<FollowUpRule> plan(QualityStandard s) {
    return s.followUps().stream().filter(f -> f.kind() == FollowUpKind.FOLLOW_UP && f.appliesOn(Track.SOCIAL_DRUG)
        && f.qualifyingEndings().contains(EndStatus.COMPLETED)).toList();
  }

  private static List<Span> missingSpans(QualityStandard s) {
    return NationalFloor.FOLLOW_UP.missingFrom(plan(s).stream().flatMap(f -> f.after().stream()).toList());
  }

  private static Set<EndStatus> missingStatuses(QualityStandard s) {
    List<FollowUpRule> plan = plan(s);
    if (plan.isEmpty()) {
      return NationalFloor.FOLLOW_UP.qualifying();
    }
    Set<EndStatus> missing = new HashSet<>(NationalFloor.FOLLOW_UP.qualifying());
    plan.forEach(f -> missing.removeAll(f.qualifyingEndings()));
    return missing;
  }

  /** The rule a finding about the follow-ups names: the plan's first rule, else the standard's rule for what follows an end. */
  private static String followUpFindingRule(QualityStandard s) {
    List<FollowUpRule> plan = plan(s);
    return plan.isEmpty() ? s.followUpRule() : plan.get(0).source().rule();
  }

  // ------------------------------------------------------------------ complaints

  private static void complaints(QualityStandard s, List<StandardMutation> out) {
    List<ComplaintRoute> routes = s.complaints();
    Span law = NationalFloor.COMPLAINT_LIMIT.limit();
    for (int i = 0; i < routes.size(); i++) {
      ComplaintRoute route = routes.get(i);
      if (route.subject() != ComplaintSubject.SOCIAL_TREATMENT) {
        continue;
      }
      for (int weeks : new int[] {law.exactly() - 2, law.exactly() + 2}) {
        ComplaintRoute changed = ComplaintRoute.builder().from(route).limit(Span.of(weeks, Unit.WEEKS)).build();
        List<ComplaintRoute> all = new ArrayList<>(routes);
        all.set(i, changed);
        out.add(mutation(route.source().rule() + ": a complaint limit of " + weeks + " weeks", route.source().rule(),
            weeks < law.exactly(), s, QualityStandard.builder().from(s).complaints(all).build(), changed));
      }
    }
    Span reconsider = NationalFloor.RECONSIDERATION_LIMIT.limit();
    List<DeadlineRule> deadlines = s.deadlines();
    int index = -1;
    for (int i = 0; i < deadlines.size(); i++) {
      if (deadlines.get(i).kind() == DeadlineKind.RECONSIDERATION) {
        index = i;
      }
    }
    for (int weeks : new int[] {reconsider.exactly() + 2, reconsider.exactly() - 2}) {
      List<DeadlineRule> all = new ArrayList<>(deadlines);
      DeadlineRule changed;
      if (index >= 0) {
        changed = DeadlineRule.builder().from(deadlines.get(index)).limit(Span.of(weeks, Unit.WEEKS)).build();
        all.set(index, changed);
      } else {
        changed = DeadlineRule.builder().kind(DeadlineKind.RECONSIDERATION).limit(Span.of(weeks, Unit.WEEKS))
            .source(Source.of(prefix(s) + "-C99", "Kommunen genvurderer en klage inden for " + weeks + " uger.")).build();
        all.add(changed);
      }
      out.add(mutation(changed.source().rule() + ": the municipality reconsiders a complaint within " + weeks + " weeks",
          changed.source().rule(), weeks > reconsider.exactly(), s, QualityStandard.builder().from(s).deadlines(all).build(),
          changed));
    }
  }

  // ------------------------------------------------------------------ validity and contents

  private static void validityAndContents(QualityStandard s, List<StandardMutation> out) {
    String metadata = s.adoption().source().rule();
    if (s.validity().to().isEmpty()) {
      LocalDate end = LocalDate.of(CaseFiles.FIRST_YEAR - 1, 12, 31);
      LocalDate start = s.validity().from().filter(f -> !f.isAfter(end)).orElse(end.minusYears(2).plusDays(1));
      Validity expired = Validity.builder().from(start).to(end).source(s.validity().source()).build();
      QualityStandard changed = QualityStandard.builder().from(s).validity(expired)
          .adoption(s.adoption().date().filter(d -> d.isAfter(start)).isPresent()
              ? dk.kvalitetsstandard.standard.Adoption.builder().from(s.adoption()).date(start).build() : s.adoption())
          .build();
      out.add(mutation(metadata + ": the standard expired at the end of " + end.getYear(), metadata, true, s, changed, expired));
    }
    if (!s.coverage().isEmpty()) {
      QualityStandard changed = QualityStandard.builder().from(s).coverage(s.coverage().subList(1, s.coverage().size())).build();
      out.add(mutation(metadata + ": the required content '" + s.coverage().get(0).content().danishName() + "' left out",
          metadata, true, s, changed, s.coverage().get(0)));
    }
  }

  // ------------------------------------------------------------------ helpers

  private static StandardMutation mutation(String name, String rule, boolean below, QualityStandard before,
      QualityStandard after, Object changed) {
    return new StandardMutation(name, rule, below, before, after, json(changed));
  }

  private static String json(Object value) {
    return Json.mapper().writeValueAsString(value);
  }

  /** The standard's rule prefix, from its metadata rule ({@code RAN-M1} gives {@code RAN}). */
  private static String prefix(QualityStandard s) {
    return s.adoption().source().rule().substring(0, 3);
  }
}
