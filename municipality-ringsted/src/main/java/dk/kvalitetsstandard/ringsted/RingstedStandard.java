package dk.kvalitetsstandard.ringsted;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.Adoption;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.Bound;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.DeadlineRule;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.Format;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.KeyFigure;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.Municipality;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.OfferType;
import dk.kvalitetsstandard.standard.PlanReviewRule;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.ProviderRequirement;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.ReviewMode;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Statement;
import dk.kvalitetsstandard.standard.Topic;
import dk.kvalitetsstandard.standard.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Ringsted Kommune's "Kvalitetsstandard for social behandling for stofmisbrug" (seed
 * its published text; rules RIN-*), as data.
 *
 * <p>The seed carries tracked changes. Text in {@code <del>…</del>} or {@code ~~…~~} is deleted and
 * is not encoded; text in {@code <b>…</b>} is added and is in force; "Kommentar [LH…]" lines are
 * editor comments and carry no rule. Where a section appears twice (residential treatment), the
 * second version, which is not struck through, is the one quoted. Quotes are the in-force text with
 * markup removed.
 *
 * <p>Reading decisions:
 * <ul>
 *   <li>Adoption and validity (RIN-M1): adopted by byrådet on 2017-06-20; in force from that day,
 *       open-ended, since the seed names no end or revision.</li>
 *   <li>Tracks: {@link Track#SOCIAL_DRUG} and {@link Track#ANONYMOUS_DRUG} only. The seed says
 *       medical treatment under SUL § 142 is outside this standard, so RIN-O5 (substitution and
 *       outpatient detox by the centre's doctor) is a {@link Statement}, not an offer: an offer of
 *       kind SUBSTITUTION on the social track would misstate its legal basis.</li>
 *   <li>Routing (RIN-V1): "over 25 år" is read as 25 or older (NAT-X2), so Rådgivningscentret has
 *       minimum age 25 and Ungeliv ("under 25 år") maximum age 24; a citizen of exactly 25 goes to
 *       Rådgivningscentret. Relatives, partners and employers may turn to either, whatever the age of
 *       the person they are concerned about (the in-force text dropped the age split).</li>
 *   <li>Guarantee (RIN-G1): 14 days from the first contact with Rådgivningscentret, or with Ungeliv
 *       for a citizen under 25, who is told to contact Ungeliv; the seed says nothing of under-18s.</li>
 *   <li>Start conversation and assessment/screening (RIN-O2) is a step of every course rather than an
 *       offer one is visited to, so it is a {@link Statement} on assessment.</li>
 *   <li>Outpatient treatment at Rådgivningscentret carries no age limit of its own: the age split is
 *       routing (RIN-V1); the youth offer, Ungeliv, is limited to under-25s.</li>
 *   <li>Aftercare "½-1 år" is encoded as 6-12 months.</li>
 *   <li>Fees (RIN-E2): the detailed section is followed: medicine is charged only where it is not part
 *       of the abuse treatment (the short section, after its deletions, reads as if all medicine were
 *       charged; treatment is free, RIN-E1). Lodging is charged unless the citizen already pays for a
 *       home.</li>
 *   <li>Key figures (RIN-Q1, RIN-Q2) are goals for 2018 and read as lower bounds.</li>
 *   <li>The seed states no gift-card scheme, no route for complaints about anonymous treatment, the
 *       health-professional part or case handling; none is encoded (the national rules in core
 *       apply).</li>
 *   <li>The catalogue has no RIN rule for the seed's sections on overall goals and values, user
 *       involvement and staff qualifications; they are kept as statements under RIN-M1 (the standard
 *       as a whole) so that the NAT-Q1 coverage is honest.</li>
 * </ul>
 *
 * <p>This class is not instantiable; {@link #build()} returns an immutable, thread-safe standard.
 */
final class RingstedStandard {

  static final String RAADGIVNINGSCENTRET = "Rådgivningscentret";
  static final String UNGELIV = "Ungeliv";

  private RingstedStandard() {}

  /** Builds Ringsted's standard; call once and share the result. */
  static QualityStandard build() {
    return QualityStandard.builder()
        .municipality(Municipality.of("Ringsted", "ringsted", "0329"))
        .title("Kvalitetsstandard for social behandling for stofmisbrug")
        .adoption(adoption())
        .validity(validity())
        .addTracks(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG)
        .addAllCitedLaw(citedLaw())
        .addAllOffers(offers())
        .addAllContactPoints(contactPoints())
        .addGuarantees(guarantee())
        .addAllDeadlines(deadlines())
        .addPlanReviews(planReview())
        .addFollowUps(followUp())
        .addFreeChoice(freeChoice())
        .addAllFees(fees())
        .addAllComplaints(complaints())
        .addAllProviderRequirements(providerRequirements())
        .addAllKeyFigures(keyFigures())
        .addAllCoverage(coverage())
        .addAllStatements(statements())
        .build();
  }

  // --- Metadata (RIN-M1) ---------------------------------------------------------------------

  private static Adoption adoption() {
    return Adoption.builder()
        .status(AdoptionStatus.ADOPTED)
        .date(LocalDate.of(2017, 6, 20))
        .by("Byrådet")
        .source(Source.of("RIN-M1", "Godkendt i Byrådet den 20. juni 2017"))
        .build();
  }

  private static Validity validity() {
    return Validity.builder()
        .from(LocalDate.of(2017, 6, 20))
        .source(Source.of("RIN-M1", "Godkendt i Byrådet 20. 06. 2017.")
            .withNote("No end of validity is stated: read as in force from approval, open-ended."))
        .build();
  }

  /**
   * The seed's "Lovgrundlag". It also cites the act on retention of drug users in treatment as a
   * whole, which a {@link LegalReference} (always a paragraph) cannot express; it is named in the
   * RIN-M1 scope statement instead.
   */
  private static List<LegalReference> citedLaw() {
    return List.of(
        LegalReference.of(Act.SEL, "101"),
        LegalReference.of(Act.SEL, "101 a"),
        LegalReference.of(Act.SUL, "142"));
  }

  // --- Offers (RIN-O1..O4; O5 and O6 are statements) -----------------------------------------

  private static List<Offer> offers() {
    return List.of(
        Offer.builder()
            .id("outreach")
            .name("Opsøgende arbejde")
            .type(OfferType.PREVENTIVE)
            .addTracks(Track.SOCIAL_DRUG)
            .description("Outreach work, with particular attention to children in vulnerable families.")
            .source(Source.of("RIN-O1", "Forebyggende Rådgivende tilbud • Opsøgende arbejde"))
            .build(),
        Offer.builder()
            .id("company-counselling")
            .name("Virksomhedsrådgivning")
            .type(OfferType.COUNSELLING)
            .addTracks(Track.SOCIAL_DRUG)
            .description("Guidance and information for employers and partners who want to help a person with a drug problem.")
            .source(Source.of("RIN-O1", "Pårørende, samarbejdspartnere og virksomheder, der ønsker at hjælpe en misbruger med at "
                + "håndtere sit stofmisbrug, tilbydes vejledning og information."))
            .build(),
        Offer.builder()
            .id("relatives")
            .name("Pårørendetilbud")
            .type(OfferType.COUNSELLING)
            .addTracks(Track.SOCIAL_DRUG)
            .addFormats(Format.INDIVIDUAL, Format.GROUP)
            .forRelatives(true)
            .description("Counselling for relatives in individual conversations and/or referral to relatives' groups; "
                + "parents who suspect a child's drug use are advised too.")
            .source(Source.of("RIN-O1", "Pårørende kan tilbydes rådgivning i form af individuelle samtaler og/eller henvisning "
                + "til pårørendegrupper."))
            .build(),
        Offer.builder()
            .id("outpatient")
            .name("Ambulant behandling")
            .type(OfferType.OUTPATIENT)
            .addTracks(Track.SOCIAL_DRUG)
            .addFormats(Format.INDIVIDUAL, Format.COUPLE)
            .description("Outpatient treatment at Rådgivningscentret in individual and/or couple conversations.")
            .source(Source.of("RIN-O2", "I Rådgivningscentret tilbydes ambulante behandling i form af individuelle samtaler "
                + "og/eller parsamtaler."))
            .build(),
        Offer.builder()
            .id("youth")
            .name("Ungetilbud (Ungeliv)")
            .type(OfferType.YOUTH)
            .addTracks(Track.SOCIAL_DRUG)
            .maxAge(24)
            .description("The youth offer Ungeliv for citizens under 25; medical treatment, if needed, together with "
                + "Rådgivningscentret.")
            .source(Source.of("RIN-O2", "der har problemer med rusmidler, kan henvende sig til tilbuddet Ungeliv")
                .withNote("'Borgere under 25 år' read as aged 24 or younger (NAT-X2)."))
            .build(),
        Offer.builder()
            .id("day")
            .name("Dagbehandling")
            .type(OfferType.DAY)
            .addTracks(Track.SOCIAL_DRUG)
            .addFormats(Format.GROUP)
            .description("Group treatment, including preparation for residential treatment, possibly with conversations "
                + "with a psychologist; referred via Rådgivningscentret.")
            .addCriteria(Criterion.discretionary(
                "Needs more intensive treatment and is considering becoming drug-free and sober.",
                Source.of("RIN-O2", "Ved behov for mere intensiv behandling og overvejelser om stof-frihed og ædruelighed "
                    + "henvises der via Rådgivningscentret til Dagbehandling.")))
            .addCombinableWith("aftercare")
            .source(Source.of("RIN-O2", "Dagbehandling tilbydes i form af gruppebehandling, herunder forberedelse til "
                + "døgnbehandlingstilbud, evt. suppleret med psykologsamtaler."))
            .build(),
        Offer.builder()
            .id("residential")
            .name("Døgnbehandling")
            .type(OfferType.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .duration(Span.upTo(6, Unit.MONTHS))
            .external(true)
            .description("Shorter residential stays at private places outside the municipality, followed by aftercare "
                + "in day treatment.")
            .addCriteria(Criterion.discretionary(
                "A special need that outpatient or day treatment cannot meet.",
                Source.of("RIN-O2", "Ved særligt behov, der ikke kan dækkes via ambulant- eller dagbehandling, kan borgeren "
                    + "henvises til døgnbehandling.")))
            .addCombinableWith("aftercare")
            .source(Source.of("RIN-O2", "Døgnbehandling i forbindelse med stofmisbrug tilbydes i kortere perioder (op til 6 "
                    + "måneder) på relevante private bosteder uden for kommunen.")
                .withNote("Quoted from the second residential section; the first is struck through."))
            .build(),
        Offer.builder()
            .id("aftercare")
            .name("Efterbehandling, efterværn")
            .type(OfferType.AFTERCARE)
            .addTracks(Track.SOCIAL_DRUG)
            .duration(Span.between(6, 12, Unit.MONTHS))
            .description("Aftercare attached to day treatment for citizens who have become drug-free and sober, followed "
                + "by the aftercare group and self-help groups; volunteers help make contact with self-help groups.")
            .source(Source.of("RIN-O3", "Efterbehandling varer fra ½-1 år, afhængig af den enkelte borgers behov, og bliver "
                    + "efterfulgt af tilbud om tilknytning til efterværnsgruppen og selvhjælpsgrupperne.")
                .withNote("½-1 år encoded as 6-12 months."))
            .build(),
        Offer.builder()
            .id("relapse-treatment")
            .name("Tilbagefaldsbehandling")
            .type(OfferType.RELAPSE_TREATMENT)
            .addTracks(Track.SOCIAL_DRUG)
            .description("Treatment after a relapse that builds on what the citizen learnt in earlier courses.")
            .source(Source.of("RIN-O3", "Ved tilbagefaldsbehandling tilbydes behandling, der bygger på den viden, borgeren "
                + "har fået i tidligere behandlingsforløb."))
            .build(),
        Offer.builder()
            .id("anonymous-outpatient")
            .name("Anonym, ambulant stofmisbrugsbehandling")
            .type(OfferType.ANONYMOUS_OUTPATIENT)
            .addTracks(Track.ANONYMOUS_DRUG)
            .description("Anonymous outpatient treatment under SEL § 101 a for a drug problem that needs treatment.")
            .addCriteria(
                Criterion.requires(CitizenFact.OTHER_SOCIAL_PROBLEMS, false,
                    "Has no special social problems besides the drug problem.",
                    Source.of("RIN-O4", "Du har mulighed for få hjælpen anonymt, hvis du ikke har særlige sociale problemer "
                        + "eller behov for medicin.")
                        .withNote("The condition was added by tracked change and is in force.")),
                Criterion.requires(CitizenFact.NEEDS_MEDICINE, false,
                    "Does not need medicine.",
                    Source.of("RIN-O4", "hvis du ikke har særlige sociale problemer eller behov for medicin.")
                        .withNote("Narrower than SEL § 101 a, stk. 1, which excludes only other social problems."))
                    .narrowerThanTheLaw())
            .source(Source.of("RIN-O4", "Der tilbydes anonym, ambulant stofmisbrugsbehandling til")
                .withNote("The sentence continues after a page break: citizens with a drug problem that needs treatment "
                    + "and no other social problems (SEL § 101a)."))
            .build());
  }

  // --- Contact points and routing (RIN-V1, RIN-V3, RIN-O4) -----------------------------------

  private static final Set<OfferKind> SOCIAL_KINDS =
      Set.of(OfferKind.COUNSELLING, OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL);

  /**
   * Routing by age (RIN-V1). Reading decision: "over 25 år" is 25 or older (NAT-X2), "under 25 år"
   * is 24 or younger, so the two contact points meet without gap or overlap and a citizen of exactly
   * 25 applies at Rådgivningscentret.
   */
  private static List<ContactPoint> contactPoints() {
    return List.of(
        ContactPoint.builder()
            .name(RAADGIVNINGSCENTRET)
            .role("Where citizens aged 25 or over attend in person or phone to apply for counselling and treatment; "
                + "relatives, partners and employers may turn here too.")
            .phone("57 62 79 30")
            .minAge(25)
            .addAllOfferKinds(SOCIAL_KINDS)
            .addTracks(Track.SOCIAL_DRUG)
            .forRelatives(true)
            .source(Source.of("RIN-V1", "Hvis du er over 25 år, kan du møde op på Rådgivningscentret eller ringe på tlf. "
                    + "57 62 79 30.")
                .withNote("'Over 25 år' read as 25 or older (NAT-X2): a citizen of exactly 25 applies here."))
            .build(),
        ContactPoint.builder()
            .name(UNGELIV)
            .role("Where citizens under 25 apply for counselling and treatment; relatives, partners and employers may "
                + "turn here too.")
            .phone("57 62 88 40")
            .maxAge(24)
            .addAllOfferKinds(SOCIAL_KINDS)
            .addTracks(Track.SOCIAL_DRUG)
            .forRelatives(true)
            .source(Source.of("RIN-V1", "Hvis du er under 25 år, skal du kontakte Ungeliv på tlf. 57 62 88 40.")
                .withNote("'Under 25 år' read as 24 or younger; relatives may contact Rådgivningscentret or Ungeliv "
                    + "whatever the person's age."))
            .build(),
        ContactPoint.builder()
            .name("Visitationsudvalget for misbrugsområdet")
            .role("Grants day and residential treatment; made up of management, a doctor and staff from "
                + "Rådgivningscentret and day treatment; residential courses are coordinated with "
                + "Myndighedsenheden/Ungeenheden.")
            .addOfferKinds(OfferKind.DAY, OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .applyHere(false)
            .source(Source.of("RIN-V3", "Bevilling af dag- og døgntilbud foregår i visitationsudvalget for misbrugsområdet."))
            .build(),
        ContactPoint.builder()
            .name("Tilbud om anonym, ambulant stofmisbrugsbehandling")
            .role("Where citizens ask for anonymous outpatient treatment, by phone or mail.")
            .phone("20 86 52 96")
            .email("pas@ringsted.dk")
            .addOfferKinds(OfferKind.ANONYMOUS_OUTPATIENT)
            .addTracks(Track.ANONYMOUS_DRUG)
            .source(Source.of("RIN-O4", "Henvendelse modtages via tlf. 20 86 52 96 eller mail: pas@ringsted.dk."))
            .build());
  }

  // --- Guarantee (RIN-G1) --------------------------------------------------------------------

  /**
   * The 14-day start guarantee on the social track. The clock starts at the first contact (D0-6),
   * with Rådgivningscentret or, for a citizen under 25, with Ungeliv, where RIN-V1 sends them.
   */
  private static GuaranteeRule guarantee() {
    return GuaranteeRule.builder()
        .addTracks(Track.SOCIAL_DRUG)
        .clockStart(ClockStart.FIRST_CONTACT)
        .promise(Promise.START)
        .minors(MinorsRule.NOT_STATED)
        .source(Source.of("RIN-G1", "Stofmisbrugsbehandlingen iværksættes, senest 14 dage efter at borgeren har henvendt "
                + "sig til Rådgivningscentret.")
            .withNote("Contact with Ungeliv counts for citizens under 25 (RIN-V1). The citizen text adds that treatment "
                + "normally begins at the first attendance. Under-18s are not mentioned."))
        .build();
  }

  // --- Deadlines (RIN-D1) --------------------------------------------------------------------

  private static List<DeadlineRule> deadlines() {
    return List.of(DeadlineRule.builder()
        .kind(DeadlineKind.ACTION_PLAN_CLARIFICATION)
        .limit(Span.of(2, Unit.MONTHS))
        .addTracks(Track.SOCIAL_DRUG)
        .source(Source.of("RIN-D1", "Inden for de 2 første måneder af behandlingen afklares det, om der er behov for, at "
            + "Rådgivningscentret også tilbyder en handleplan for den samlede indsats"))
        .build());
  }

  // --- Plan review (RIN-U1) ------------------------------------------------------------------

  private static PlanReviewRule planReview() {
    return PlanReviewRule.builder()
        .mode(ReviewMode.PERIODIC)
        .interval(Span.of(6, Unit.MONTHS))
        .source(Source.of("RIN-U1", "Rådgivningscentret gennemfører evaluering og opdatering af behandlingsplanen efter "
            + "behov og senest efter 6 måneder."))
        .build();
  }

  // --- Follow-up after the end (RIN-U3) ------------------------------------------------------

  private static FollowUpRule followUp() {
    return FollowUpRule.national(Source.of("RIN-U3", "For de borgere, der har afsluttet et behandlingsforløb "
        + "(færdigbehandlet, udskrevet til andet tilbud eller hospital, udskrevet med anden årsag), foretages "
        + "opfølgningssamtalen senest efter 1 måned og igen efter 6 måneder."));
  }

  // --- Free choice (RIN-F1) ------------------------------------------------------------------

  private static FreeChoiceRule freeChoice() {
    return FreeChoiceRule.builder()
        .addTracks(Track.SOCIAL_DRUG)
        .visitationRequired(true)
        .equivalentCharacterRequired(true)
        .addOpenQuestions(
            Criterion.discretionary(
                "Whether the guidelines and goals of the treatment plan can be followed at the chosen provider.",
                Source.of("RIN-F1", "ligesom det skal være muligt at følge de faglige retningslinjer og mål, som er "
                    + "beskrevet i behandlingsplanen.")),
            Criterion.discretionary(
                "Whether special circumstances of the citizen, such as special psychiatric conditions, limit the choice "
                    + "(NAT-F3).",
                Source.of("RIN-F1", "forhold hos borgeren, fx særlige psykiske forhold.")
                    .withNote("Continues 'Det frie valg kan desuden være begrænset af særlige' across a page break.")))
        .source(Source.of("RIN-F1", "Borgerens frie valg er begrænset, i det omfang at behandlingstilbuddet skal være af "
                + "samme karakter, som det, kommunen tilbyder")
            .withNote("Listing on Tilbudsportalen is not mentioned; the national rule applies (NAT-F6, NAT-X1)."))
        .build();
  }

  // --- Fees (RIN-E1, RIN-E2) -----------------------------------------------------------------

  private static final List<AmountFactor> PAYMENT_FACTORS =
      List.of(AmountFactor.INCOME, AmountFactor.OBLIGATIONS, AmountFactor.MEANS);

  private static final String RESIDENTIAL_CHARGES =
      "Ved døgnbehandling betaler borgeren for kost og medicin, der ikke er en del af misbrugsbehandlingen.";

  private static final String FACTORS_NOTE = "The amount takes account of 'forsørgelsesgrundlag, forpligtigelser og "
      + "formåen' (income, obligations, means), so two citizens in the same situation may pay different amounts.";

  private static List<FeeRule> fees() {
    return List.of(
        FeeRule.builder()
            .item(FeeItem.TREATMENT)
            .charge(Charge.FREE)
            .source(Source.of("RIN-E1", "Behandlingen af stofmisbrug er gratis for borgeren."))
            .build(),
        FeeRule.builder()
            .item(FeeItem.BOARD)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .charge(Charge.CHARGED)
            .addAllDependsOn(PAYMENT_FACTORS)
            .source(Source.of("RIN-E2", RESIDENTIAL_CHARGES)
                .withNote("Struck 'ikke-behandlingskrævende' left out; added 'der ikke er en del af "
                    + "misbrugsbehandlingen' kept. " + FACTORS_NOTE))
            .build(),
        FeeRule.builder()
            .item(FeeItem.MEDICINE_OUTSIDE_TREATMENT)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .charge(Charge.CHARGED)
            .addAllDependsOn(PAYMENT_FACTORS)
            .source(Source.of("RIN-E2", RESIDENTIAL_CHARGES)
                .withNote("The citizen section, after its deletions, reads as if all medicine were charged; this "
                    + "detailed section is followed: only medicine outside the abuse treatment. " + FACTORS_NOTE))
            .build(),
        FeeRule.builder()
            .item(FeeItem.LODGING)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .charge(Charge.CHARGED_UNLESS_HOME_ALREADY_PAID)
            .addAllDependsOn(PAYMENT_FACTORS)
            .source(Source.of("RIN-E2", "Du skal betale for logi, medmindre du i forvejen betaler til en bolig.")
                .withNote(FACTORS_NOTE))
            .build());
  }

  // --- Complaints (RIN-C1) -------------------------------------------------------------------

  private static List<ComplaintRoute> complaints() {
    return List.of(ComplaintRoute.builder()
        .subject(ComplaintSubject.SOCIAL_TREATMENT)
        .body(RAADGIVNINGSCENTRET)
        .appealTo("Ankestyrelsen")
        .limit(Span.of(4, Unit.WEEKS))
        .appealable(true)
        .source(Source.of("RIN-C1", "Borgeren skal indgive klagen til Rådgivningscentret, senest 4 uger efter at borgeren "
                + "har modtaget afgørelsen.")
            .withNote("Covers refusal of treatment and treatment not started within 14 days of contact; "
                + "Rådgivningscentret reconsiders and otherwise sends the complaint on to Ankestyrelsen."))
        .build());
  }

  // --- Provider requirements (RIN-U2) --------------------------------------------------------

  private static List<ProviderRequirement> providerRequirements() {
    return List.of(ProviderRequirement.builder()
        .addOfferKinds(OfferKind.RESIDENTIAL)
        .text("The individual treatment plan is the pivot of the stay, with ongoing dialogue between citizen, "
            + "residential provider and Rådgivningscentret.")
        .source(Source.of("RIN-U2", "Det forudsættes, at den individuelt tilrettelagte behandlingsplan er "
            + "omdrejningspunktet for indsatsen, og der er løbende dialog mellem borger, behandlingssted og "
            + "Rådgivningscentret"))
        .build());
  }

  // --- Key figures (RIN-Q1, RIN-Q2) ----------------------------------------------------------

  private static List<KeyFigure> keyFigures() {
    return List.of(
        KeyFigure.builder()
            .measure("Drug clients who are drug-free or have reduced their use after ending treatment")
            .percent(41)
            .bound(Bound.AT_LEAST)
            .year(2018)
            .source(Source.of("RIN-Q1", "41 procent af stofmisbrugerne, efter afsluttet behandling, er stoffri eller har "
                    + "reduceret deres stofmisbrug.")
                .withNote("A goal for 2018, read as a lower bound."))
            .build(),
        KeyFigure.builder()
            .measure("Drug clients who relapse after treatment and are back in treatment within 4 months")
            .percent(35)
            .bound(Bound.AT_LEAST)
            .year(2018)
            .source(Source.of("RIN-Q2", "35 procent af stofmisbrugerne, der efter behandling har et tilbagefald, er "
                    + "tilbage i behandling inden for 4 måneder.")
                .withNote("A goal for 2018, read as a lower bound."))
            .build());
  }

  // --- NAT-Q1 coverage -------------------------------------------------------------------------

  /** The required contents the seed covers; it has no gift-card guidelines, so that item has no entry. */
  private static List<ContentCoverage> coverage() {
    return List.of(
        ContentCoverage.of(RequiredContent.TASKS, "RIN-O1", "RIN-O2"),
        ContentCoverage.of(RequiredContent.TARGET_GROUP, "RIN-O6"),
        ContentCoverage.of(RequiredContent.GOALS_VALUES_NORMS, "RIN-M1", "RIN-V4"),
        ContentCoverage.of(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, "RIN-O2", "RIN-O3", "RIN-O4"),
        ContentCoverage.of(RequiredContent.VISITATION, "RIN-V3", "RIN-V4"),
        ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "RIN-G1"),
        ContentCoverage.of(RequiredContent.FREE_CHOICE, "RIN-F1"),
        ContentCoverage.of(RequiredContent.TREATMENT_PLAN, "RIN-U1", "RIN-U2"),
        ContentCoverage.of(RequiredContent.ACTION_PLAN_TARGETS, "RIN-D1"),
        ContentCoverage.of(RequiredContent.USER_INVOLVEMENT, "RIN-M1"),
        ContentCoverage.of(RequiredContent.BOARD_AND_LODGING_PAYMENT, "RIN-E2"),
        ContentCoverage.of(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "RIN-C1"),
        ContentCoverage.of(RequiredContent.STAFF_QUALIFICATIONS, "RIN-M1"),
        ContentCoverage.of(RequiredContent.MONITORING, "RIN-Q1", "RIN-Q2", "RIN-U3"));
  }

  // --- Statements ----------------------------------------------------------------------------

  private static List<Statement> statements() {
    return List.of(
        Statement.of(Topic.SCOPE,
            "Covers social drug treatment under SEL §§ 101 and 101 a; cites SUL § 142 and the act on retention of drug "
                + "users in treatment as its legal basis.",
            Source.of("RIN-M1", "§ 101, 101a i Lov om social service, „Sundhedsloven § 142 (lægelig behandling af "
                + "stofmisbrugere) samt Lov om tilbageholdelse af stofmisbrugere i behandling.")),
        Statement.of(Topic.SCOPE,
            "Medical treatment, including substitution treatment with addictive medicines and outpatient detox, is given "
                + "by the centre's doctor under SUL § 142; it is part of the overall offer but outside this standard.",
            Source.of("RIN-O5", "Medicinsk stofmisbrugsbehandling sker med hjemmel i Sundhedsloven § 142 og er ikke omfattet "
                    + "af denne kvalitetsstandard")
                .withNote("Encoded as a statement, not an offer: the standard covers neither the MEDICAL_DRUG track nor "
                    + "its guarantee.")),
        Statement.of(Topic.ASSESSMENT,
            "Every course opens with a start conversation and assessment or screening.",
            Source.of("RIN-O2", "Behandlingstilbud • Opstartssamtale, udredning/screening")),
        Statement.of(Topic.TARGET_GROUP,
            "Citizens physically and/or mentally dependent on one or more illegal drugs to a degree that harms them, "
                + "their relatives or society.",
            Source.of("RIN-O6", "Borgere, der er fysisk og/eller psykisk afhængig af et eller flere illegale rusmidler")),
        Statement.of(Topic.SPECIAL_GROUPS,
            "A special effort for young people under 25, pregnant women, parents with children at home, citizens with "
                + "serious mental or physical illness and citizens at risk of losing their job.",
            Source.of("RIN-O6", "Kommunen tilbyder en særlig indsats til unge under 25 år")
                .withNote("The list continues across a hyphenated page break.")),
        Statement.of(Topic.APPLICATION,
            "Citizens of Sorø Kommune are served by Rådgivningscentret by agreement.",
            Source.of("RIN-V2", "Efter aftale med Sorø Kommune gælder dette også for Sorøs borgere.")),
        Statement.of(Topic.APPLICATION,
            "Citizens of other municipalities whom their own municipality has visited to treatment may apply to be "
                + "treated at Rådgivningscentret.",
            Source.of("RIN-V2", "Borgere fra andre kommuner, der er visiteret af deres kommune til behandling, kan søge om "
                + "at modtage behandling fra Rådgivningscentret.")),
        Statement.of(Topic.VISITATION,
            "Help respects the citizen's views and privacy, is given at the least intrusive level and as far as "
                + "possible close to home.",
            Source.of("RIN-V4", "på det for borgeren mindst indgribende niveau og så vidt muligt i nærmiljøet")),
        Statement.of(Topic.RESIDENTIAL_COURSE,
            "During residential treatment a status meeting between Rådgivningscentret and the citizen adjusts the plan, "
                + "and a smooth passage to municipal aftercare is secured.",
            Source.of("RIN-U2", "Under behandlingen afholdes der et statusmøde mellem Rådgivningscentret og borgeren med "
                + "henblik på at justere behandlingsplanen.")),
        Statement.of(Topic.CITIZEN_RESPONSIBILITIES,
            "Payment for a residential stay is set so that the citizen's finances never prevent or break off treatment.",
            Source.of("RIN-E2", "Målet her er at sikre, at borgerens økonomiske forsørgelse ikke hindrer behandling eller "
                + "er årsag til, at behandling afbrydes.")),
        Statement.of(Topic.CHILDREN_AND_FAMILY,
            "Family circumstances are assessed systematically in every case; with children under 18 the children's "
                + "centre and the youth unit, including the health visitor, are involved.",
            Source.of("RIN-S1", "I alle sager udredes misbrugerens familieforhold systematisk. Ved børn under 18 år "
                + "inddrages Børnecenter og Ungeenheden, herunder sundhedsplejersken.")),
        Statement.of(Topic.CHILDREN_AND_FAMILY,
            "Staff notify about a child under 18 who may be neglected by mail to underretning@ringsted.dk; the mail is "
                + "read within 24 hours.",
            Source.of("RIN-S1", "Mailen vil blive læst inden for 24 timer og vurderet af en socialfaglig medarbejder i "
                + "forhold til det videre forløb.")),
        Statement.of(Topic.SPECIAL_GROUPS,
            "Pregnant drug users are advised under the act on retention of drug users in treatment (NAT-R2).",
            Source.of("RIN-S2", "I henhold til lov om tilbageholdelse af gravide stofmisbrugere vejledes gravide misbrugere "
                + "i henhold til loven.")),
        Statement.of(Topic.GOALS_AND_VALUES,
            "Treatment rests on the municipality's policy for adults with special social needs; its purposes are "
                + "clarification and motivation, development, stabilisation and harm reduction.",
            Source.of("RIN-M1", "Med udgangspunkt i disse overordnede mål og værdier knytter der sig til "
                    + "stofmisbrugsbehandling følgende formål")
                .withNote("The catalogue has no RIN rule for this section; kept under RIN-M1.")),
        Statement.of(Topic.USER_INVOLVEMENT,
            "Citizens take part in shaping the effort through meetings at Rådgivningscentret and monthly house meetings "
                + "in day treatment.",
            Source.of("RIN-M1", "inddrages i tilrettelæggelse af indsatsen via møder på Rådgivningscentret og månedlige "
                    + "husmøder i Dagbehandlingen")
                .withNote("The catalogue has no RIN rule for this section; kept under RIN-M1.")),
        Statement.of(Topic.STAFF,
            "A multidisciplinary staff whose practitioners all have or receive further training in addiction treatment; "
                + "external supervision is given.",
            Source.of("RIN-M1", "Alle behandlere har eller får videre- og efteruddannelse, der sikrer dem relevante "
                    + "kompetencer med henblik på misbrugsbehandling.")
                .withNote("The catalogue has no RIN rule for this section; kept under RIN-M1.")));
  }
}
