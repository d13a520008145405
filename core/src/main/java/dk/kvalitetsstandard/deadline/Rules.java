package dk.kvalitetsstandard.deadline;

import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.HealthComplaintBody;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standard's rules as the evaluators ask for them, sorted out once per standard and track when
 * the engine is made: the guarantees stated for the track, each municipal time limit by kind, what
 * each way of ending treatment calls for (the follow-ups of the standard and the law, and
 * relapse prevention), the periodic plan review and the complaint routes by subject. Immutable and
 * thread-safe.
 */
final class Rules {

  private final StandardSummary summary;
  private final String followUpRule;
  private final List<GuaranteeRule> guarantees;
  private final Map<DeadlineKind, DeadlineRule> deadlines = new EnumMap<>(DeadlineKind.class);
  private final boolean statesActionPlan;
  private final Map<EndStatus, AfterEnd> afterEnd = new EnumMap<>(EndStatus.class);
  private final Optional<PlanReviewRule> periodicReview;
  private final Map<ComplaintSubject, ComplaintRoute> routes = new EnumMap<>(ComplaintSubject.class);
  private final boolean healthRouteIsCurrent;

  private Rules(QualityStandard standard, Track track) {
    this.summary = StandardSummary.of(standard);
    this.followUpRule = standard.followUpRule();
    this.guarantees = standard.guarantees().stream().filter(g -> g.tracks().contains(track)).toList();
    for (DeadlineRule rule : standard.deadlines()) {
      if (rule.tracks().isEmpty() || rule.tracks().contains(track)) {
        deadlines.putIfAbsent(rule.kind(), rule);
      }
    }
    this.statesActionPlan = standard.deadlines().stream().anyMatch(r -> r.kind() == DeadlineKind.ACTION_PLAN_CLARIFICATION);
    List<FollowUpRule> followUps = standard.followUps().stream()
        .filter(f -> f.kind() == FollowUpKind.FOLLOW_UP && f.appliesOn(track)).toList();
    List<FollowUpRule> relapsePrevention = standard.followUps().stream()
        .filter(f -> f.kind() == FollowUpKind.RELAPSE_PREVENTION && f.appliesOn(track)).toList();
    for (EndStatus status : EndStatus.values()) {
      afterEnd.put(status, AfterEnd.of(track, status, followUps, relapsePrevention));
    }
    this.periodicReview = standard.planReviews().stream().filter(r -> r.mode() == ReviewMode.PERIODIC).findFirst();
    for (ComplaintRoute route : standard.complaints()) {
      routes.putIfAbsent(route.subject(), route);
    }
    ComplaintRoute health = routes.get(ComplaintSubject.HEALTH_TREATMENT);
    this.healthRouteIsCurrent = health != null && HealthComplaintBody.isCurrent(health.body());
  }

  /** The rules of {@code standard} for each track it covers. */
  static Map<Track, Rules> of(QualityStandard standard) {
    Map<Track, Rules> byTrack = new EnumMap<>(Track.class);
    for (Track track : Track.values()) {
      byTrack.put(track, new Rules(standard, track));
    }
    return byTrack;
  }

  StandardSummary summary() {
    return summary;
  }

  /** The rule a finding of a missing follow-up names (see {@link QualityStandard#followUpRule()}). */
  String followUpRule() {
    return followUpRule;
  }

  /** The guarantees the standard states for the track, in its order. */
  List<GuaranteeRule> guarantees() {
    return guarantees;
  }

  /** The standard's time limit of {@code kind} on the track; null where it states none. */
  DeadlineRule deadline(DeadlineKind kind) {
    return deadlines.get(kind);
  }

  /** Whether the standard states an action-plan clarification on any track. */
  boolean statesActionPlan() {
    return statesActionPlan;
  }

  /** What an end of treatment with {@code status} calls for on the track. */
  AfterEnd afterEnd(EndStatus status) {
    return afterEnd.get(status);
  }

  /** The periodic plan review, if the standard has one. */
  Optional<PlanReviewRule> periodicReview() {
    return periodicReview;
  }

  /** The standard's complaint route for {@code subject}; null where it gives none. */
  ComplaintRoute route(ComplaintSubject subject) {
    return routes.get(subject);
  }

  /**
   * Whether the standard's route for complaints about the health-professional part names the body
   * that handles them now (NAT-C3); false where it gives no such route.
   */
  boolean healthRouteIsCurrent() {
    return healthRouteIsCurrent;
  }

  /**
   * What an end of treatment of one status calls for on the track, under the standard (the rules
   * {@link FollowUpEvaluator} applies to each end): the follow-ups, one per offset, the
   * standard's offsets first and then those of the law it omits, each named after the rule that
   * asks for it first; the standard's follow-up rules that cover the end and the offsets they
   * state; the law's offsets they omit; and the relapse-prevention rules that cover the end.
   *
   * @param followUps one follow-up per offset, in the order the rules state them
   * @param municipal the standard's follow-up rules whose qualifying endings include the status
   * @param stated the offsets those rules state, each once, in their order
   * @param missing the offsets the law requires (NAT-U1) and {@code stated} omits; empty where
   *     the law requires none after this end
   * @param relapsePrevention the relapse-prevention rules whose qualifying endings include the status
   */
  record AfterEnd(List<Offset> followUps, List<FollowUpRule> municipal, List<Span> stated, List<Span> missing,
      List<FollowUpRule> relapsePrevention) {

    /** One follow-up after an end: its offset, and the rule that asks for it. */
    record Offset(Span offset, String rule) {}

    static AfterEnd of(Track track, EndStatus status, List<FollowUpRule> followUps, List<FollowUpRule> relapsePrevention) {
      List<FollowUpRule> municipal = followUps.stream().filter(f -> f.qualifyingEndings().contains(status)).toList();
      Map<Span, String> ruleByOffset = new LinkedHashMap<>();
      municipal.forEach(f -> f.after().forEach(offset -> ruleByOffset.putIfAbsent(offset, f.source().rule())));
      List<Span> stated = List.copyOf(ruleByOffset.keySet());
      List<Span> missing = List.of();
      if (NationalFloor.FOLLOW_UP.appliesTo(track, status)) {
        NationalFloor.FOLLOW_UP.after().forEach(offset -> ruleByOffset.putIfAbsent(offset, NationalFloor.FOLLOW_UP.rule().id()));
        missing = NationalFloor.FOLLOW_UP.missingFrom(stated);
      }
      return new AfterEnd(ruleByOffset.entrySet().stream().map(o -> new Offset(o.getKey(), o.getValue())).toList(),
          municipal, stated, missing, relapsePrevention.stream().filter(f -> f.qualifyingEndings().contains(status)).toList());
    }
  }
}
