package dk.kvalitetsstandard.deadline;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standard's rules as the evaluators ask for them, sorted out once per standard and track when
 * the engine is made: the guarantees stated for the track, each municipal time limit by kind, the
 * follow-up and relapse-prevention rules that speak of the track, the periodic plan review and the
 * complaint routes by subject. Immutable and thread-safe.
 */
final class Rules {

  private final StandardSummary summary;
  private final String followUpRule;
  private final List<GuaranteeRule> guarantees;
  private final Map<DeadlineKind, DeadlineRule> deadlines = new EnumMap<>(DeadlineKind.class);
  private final boolean statesActionPlan;
  private final List<FollowUpRule> followUps;
  private final List<FollowUpRule> relapsePrevention;
  private final Optional<PlanReviewRule> periodicReview;
  private final Map<ComplaintSubject, ComplaintRoute> routes = new EnumMap<>(ComplaintSubject.class);

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
    this.followUps = standard.followUps().stream().filter(f -> f.kind() == FollowUpKind.FOLLOW_UP && f.appliesOn(track)).toList();
    this.relapsePrevention = standard.followUps().stream()
        .filter(f -> f.kind() == FollowUpKind.RELAPSE_PREVENTION && f.appliesOn(track)).toList();
    this.periodicReview = standard.planReviews().stream().filter(r -> r.mode() == ReviewMode.PERIODIC).findFirst();
    for (ComplaintRoute route : standard.complaints()) {
      routes.putIfAbsent(route.subject(), route);
    }
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

  /** The standard's time limit of {@code kind} on the track. */
  Optional<DeadlineRule> deadline(DeadlineKind kind) {
    return Optional.ofNullable(deadlines.get(kind));
  }

  /** Whether the standard states an action-plan clarification on any track. */
  boolean statesActionPlan() {
    return statesActionPlan;
  }

  /** The follow-up rules that speak of the track (never the anonymous one). */
  List<FollowUpRule> followUps() {
    return followUps;
  }

  /** The relapse-prevention rules that speak of the track. */
  List<FollowUpRule> relapsePrevention() {
    return relapsePrevention;
  }

  /** The periodic plan review, if the standard has one. */
  Optional<PlanReviewRule> periodicReview() {
    return periodicReview;
  }

  /** The standard's complaint route for {@code subject}. */
  Optional<ComplaintRoute> route(ComplaintSubject subject) {
    return Optional.ofNullable(routes.get(subject));
  }
}
