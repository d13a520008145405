package dk.kvalitetsstandard.law;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The national floor: every term of the law that a municipality's standard may fill in or improve
 * on, but never fall below, declared here once with the rule and provision that carry it. The
 * terms are the guarantee's length, clock and free-choice waiver per track (NAT-G1 to NAT-G5,
 * D0-6), the follow-ups after treatment ends with their qualifying statuses and track scope
 * (NAT-U1), the citizen's complaint limit (NAT-C1) and the municipality's reconsideration limit
 * (NAT-C5).
 *
 * <p>{@link #resolve} is the one place that decides between the law's term and the municipal
 * text: the reading more favourable to the citizen wins, and the result says which rule decided
 * and whether the law decided against the municipal text. The deadline engine, the standard
 * checker, the question answerer and the property checks all go through this class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalFloor {

  /** The guarantee's length on every track that has one: 14 calendar days, never moved past a holiday (D0-1, D0-3). */
  public static final Span GUARANTEE_LENGTH = Span.of(14, Unit.DAYS);

  /**
   * The contacts that start the national guarantee clock: the first personal contact, oral or
   * written (D0-6). A contact via a provider counts only where the municipality has delegated
   * intake to it, which a case file cannot say, so it does not start the national clock.
   */
  public static final Set<ContactChannel> GUARANTEE_CLOCK =
      Collections.unmodifiableSet(EnumSet.of(ContactChannel.IN_PERSON, ContactChannel.PHONE, ContactChannel.DIGITAL));

  /** NAT-U1: follow-ups 1 and 6 months after the end, for four discharge statuses, on the social drug track only. */
  public static final FollowUpTerm FOLLOW_UP = new FollowUpTerm(NationalRule.NAT_U1,
      List.of(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS)),
      Collections.unmodifiableSet(EnumSet.of(EndStatus.COMPLETED, EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON)),
      Set.of(Track.SOCIAL_DRUG));

  /** NAT-C1: a decision on social treatment may be appealed within 4 weeks, counted as D0-5. */
  public static final LimitTerm COMPLAINT_LIMIT = new LimitTerm(NationalRule.NAT_C1, Span.of(4, Unit.WEEKS));

  /** NAT-C5: the municipality reconsiders a complaint within 4 weeks, counted as D0-5. */
  public static final LimitTerm RECONSIDERATION_LIMIT = new LimitTerm(NationalRule.NAT_C5, Span.of(4, Unit.WEEKS));

  private static final Map<Track, GuaranteeTerm> GUARANTEES = new EnumMap<>(Map.of(
      Track.SOCIAL_DRUG, new GuaranteeTerm(Track.SOCIAL_DRUG, NationalRule.NAT_G1,
          Optional.of(new Waiver(NationalRule.NAT_G2, NationalRule.NAT_G2.provision().orElseThrow().current()))),
      Track.MEDICAL_DRUG, new GuaranteeTerm(Track.MEDICAL_DRUG, NationalRule.NAT_G4,
          Optional.of(new Waiver(NationalRule.NAT_G4, LegalReference.of(Act.SUL, "142", 8)))),
      // SUL § 141 has no exception for free choice, unlike SEL § 101, stk. 6 and SUL § 142, stk. 8.
      Track.ALCOHOL, new GuaranteeTerm(Track.ALCOHOL, NationalRule.NAT_G5, Optional.empty())));

  private NationalFloor() {}

  /**
   * The guarantee on {@code track}; empty on the anonymous track, which has none (NAT-G3).
   *
   * @param track the case's track, not null
   * @return the national guarantee term, or empty
   */
  public static Optional<GuaranteeTerm> guarantee(Track track) {
    return Optional.ofNullable(GUARANTEES.get(Objects.requireNonNull(track, "track")));
  }

  /** Which date favours the citizen when the law and a municipal text disagree. */
  public enum Favours {
    /** A time limit on the municipality: the earlier due date is the more favourable. */
    EARLIER,
    /** The citizen's own time limit: the later due date is the more favourable. */
    LATER
  }

  /**
   * A rule's reading of a term: the rule's ID and the date it gives, empty where the rule speaks
   * of the case but gives no date yet (a clock its text starts later, D0-4).
   *
   * @param rule the catalogue ID, not null
   * @param due the date the rule gives, or empty
   */
  public record Claim(String rule, Optional<LocalDate> due) {
    /**
     * Creates a claim, checking that neither component is null.
     *
     * @param rule the catalogue ID, not null
     * @param due the date the rule gives, or empty; not null
     * @throws NullPointerException if either component is null
     */
    public Claim {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(due, "due");
    }
  }

  /**
   * The outcome of {@link #resolve}: the effective date (empty where neither reading gives one),
   * the rule that decided it, and whether the law decided against the municipal text, which is
   * then a finding.
   *
   * @param due the effective due date, or empty
   * @param rule the deciding rule's ID; the municipal rule where both readings agree
   * @param lawOverridesText whether the municipal text alone would have given the citizen less
   */
  public record Resolution(Optional<LocalDate> due, String rule, boolean lawOverridesText) {}

  /**
   * Decides between the law's reading and the municipal text's: the more favourable to the
   * citizen wins, the municipal rule where they agree. A municipal text that gives no date where
   * the law gives one is overridden; where no municipal rule speaks ({@code municipal} empty),
   * the law decides alone and nothing is overridden (NAT-X1).
   *
   * @param favours which date favours the citizen
   * @param national the law's reading, not null
   * @param municipal the municipal text's reading, or empty where the standard says nothing
   * @return the effective reading
   */
  public static Resolution resolve(Favours favours, Claim national, Optional<Claim> municipal) {
    if (municipal.isEmpty()) {
      return new Resolution(national.due(), national.rule(), false);
    }
    Claim text = municipal.get();
    if (national.due().isEmpty()) {
      return new Resolution(text.due(), text.rule(), false);
    }
    if (text.due().isEmpty()) {
      return new Resolution(national.due(), national.rule(), true);
    }
    LocalDate law = national.due().get();
    LocalDate own = text.due().get();
    boolean textAtLeastAsGood = favours == Favours.EARLIER ? !own.isAfter(law) : !own.isBefore(law);
    return textAtLeastAsGood ? new Resolution(text.due(), text.rule(), false)
        : new Resolution(national.due(), national.rule(), true);
  }

  /**
   * The treatment guarantee on one track.
   *
   * @param track the track
   * @param rule the national rule (NAT-G1, NAT-G4 or NAT-G5)
   * @param freeChoiceWaiver the rule and provision that let a free choice set the guarantee aside, or empty where the law has none
   */
  public record GuaranteeTerm(Track track, NationalRule rule, Optional<Waiver> freeChoiceWaiver) {

    /**
     * The guarantee's length: {@link #GUARANTEE_LENGTH}.
     *
     * @return 14 calendar days
     */
    public Span length() {
      return GUARANTEE_LENGTH;
    }

    /**
     * The due date for a clock started on {@code start}.
     *
     * @param start the date of the contact that starts the clock
     * @return {@code start} plus the guarantee's length
     */
    public LocalDate dueFrom(LocalDate start) {
      return GUARANTEE_LENGTH.unit().addTo(start, GUARANTEE_LENGTH.exactly());
    }

    /**
     * Whether a contact on {@code channel} starts the national clock (D0-6).
     *
     * @param channel the contact's channel
     * @return true for a personal contact, oral or written
     */
    public boolean startsClock(ContactChannel channel) {
      return GUARANTEE_CLOCK.contains(channel);
    }

    /**
     * The provision that gives the guarantee on {@code date}: for a minor on the social track,
     * Barnets lov from 2024 (NAT-Y1).
     *
     * @param date the date the clock started
     * @param minor whether the citizen is under 18
     * @return the provision in force
     */
    public LegalReference basis(LocalDate date, boolean minor) {
      return track == Track.SOCIAL_DRUG && minor ? Provisions.TREATMENT_GUARANTEE_UNDER_18.inForceOn(date)
          : track.guarantee().inForceOn(date);
    }
  }

  /**
   * What lets a free choice set a guarantee aside.
   *
   * @param rule the national rule
   * @param basis the provision
   */
  public record Waiver(NationalRule rule, LegalReference basis) {}

  /**
   * The national follow-ups after treatment ends.
   *
   * @param rule the national rule (NAT-U1)
   * @param after the offsets after the end, in order
   * @param qualifying the discharge statuses that get them
   * @param tracks the tracks the rule covers
   */
  public record FollowUpTerm(NationalRule rule, List<Span> after, Set<EndStatus> qualifying, Set<Track> tracks) {

    /**
     * Whether an ending with {@code status} on {@code track} must be followed up under the law.
     *
     * @param track the case's track
     * @param status the discharge status
     * @return true where the national follow-ups apply
     */
    public boolean appliesTo(Track track, EndStatus status) {
      return tracks.contains(track) && qualifying.contains(status);
    }

    /**
     * The national offsets a municipal schedule omits.
     *
     * @param municipal the municipal offsets
     * @return the offsets of {@link #after()} not among {@code municipal}, in order
     */
    public List<Span> missingFrom(List<Span> municipal) {
      return after.stream().filter(o -> !municipal.contains(o)).toList();
    }
  }

  /**
   * A procedural time limit (D0-5).
   *
   * @param rule the national rule
   * @param limit the time allowed
   */
  public record LimitTerm(NationalRule rule, Span limit) {

    /**
     * The provision in force on {@code date}.
     *
     * @param date the date the limit starts
     * @return the provision
     */
    public LegalReference basis(LocalDate date) {
      return rule.provision().orElseThrow().inForceOn(date);
    }
  }
}
