package dk.kvalitetsstandard.randers;

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
import dk.kvalitetsstandard.standard.Frequency;
import dk.kvalitetsstandard.standard.GiftCardScheme;
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
import java.util.List;

/**
 * Randers Kommune's "Kvalitetsstandard for social behandling for stofmisbrug (Serviceloven
 * §§101-101a)", encoded from its published text and the rules
 * RAN-* of the rule catalogue section 2. Every element carries its RAN rule ID and a
 * verbatim quote of the seed (HTML tags stripped).
 *
 * <h2>Reading decisions</h2>
 * <ul>
 *   <li><b>Draft, undated (RAN-M1).</b> "Vedtaget af byrådet den XX" leaves the adoption date
 *       blank: the adoption is {@link AdoptionStatus#DRAFT} by byrådet with no date, and the
 *       validity has neither start nor end (so the registry treats it as in force on every date).
 *       No date is invented.</li>
 *   <li><b>Tracks.</b> {@link Track#SOCIAL_DRUG} and {@link Track#ANONYMOUS_DRUG} only. Alcohol and
 *       substitution treatment (SUL §§ 141-142) are offered at Rusmiddelcenter Randers alongside,
 *       but this standard does not describe them, so they are a statement (RAN-M1), not tracks.</li>
 *   <li><b>Outpatient add-ons (RAN-O2).</b> The seed lists the add-ons as "A) …, 2) …, 3) …" but heads
 *       them A, B and C; read as the three offers family-oriented, mobile and doctor's consultation,
 *       each combinable with outpatient treatment.</li>
 *   <li><b>MOVE (RAN-O3)</b> is its own offer of kind {@link OfferKind#MOVE}. It is described under
 *       outpatient treatment, so it is visited like outpatient treatment, in Åben Rådgivning (RAN-V1).
 *       Its weekly attendance is both its frequency and a criterion; the six-month follow-up
 *       treatment is part of the same course.</li>
 *   <li><b>Routing by age (RAN-V1..V3).</b> Under-18s are decided on by Myndighedscenteret, which
 *       sets them against the adult routes: Åben Rådgivning and the visitation committee are read as
 *       the routes for citizens of 18 or over ("under 18 år" = maximum age 17, NAT-X2). Each route
 *       names the treatment kinds it decides on (outpatient and MOVE; residential; all three for
 *       under-18s); counselling is not visited and the seed names no route for it or for anonymous
 *       treatment. The seed gives no phone numbers or addresses, so none are set.</li>
 *   <li><b>Guarantee (RAN-G1, RAN-G2).</b> One guarantee on the social track: 14 calendar days from
 *       the first contact to the start of treatment. For under-18s it applies only after
 *       Myndighedscenteret decides ({@link MinorsRule#NEEDS_DECISION}); the condition the decision
 *       weighs (serious social and behavioural problems) is a statement, as no field holds it.</li>
 *   <li><b>Provider notice (RAN-D1).</b> "inden to dage" is 2 calendar days from the interruption of
 *       residential treatment.</li>
 *   <li><b>Gift cards (RAN-K1..K4).</b> The seed says cards are earned in "de første 12-14
 *       sessioner". The scheme counts the first <em>14</em>: with one card per second attendance
 *       and at most 7 cards, 14 sessions are exactly what the cap needs, and the higher bound never
 *       takes a card from the citizen. A card is a physical card of DKK 200. The scheme carries
 *       RAN-K2 (its figures); RAN-K1 (MOVE only), RAN-K3 (no-show) and RAN-K4 (not in follow-up)
 *       are stated again as statements, because one element carries one rule ID.</li>
 *   <li><b>Anonymous criteria (RAN-O4).</b> "ikke har andre sociale eller psykiske problemer": the
 *       social part matches SEL § 101 a, stk. 1; the psychological part is narrower than the law and
 *       is marked so. "Over 18 år" is a minimum age of 18 (NAT-X2). The seed also names an agreement
 *       with an unnamed external provider; the offer is Randers' own, so it is not marked external,
 *       and no provider is named (the seed does not say who delivers it).</li>
 *   <li><b>Residential (RAN-O5, RAN-R1)</b> is delivered by the treatment places the municipality
 *       cooperates with, so it is marked external and the provider requirements bind it.</li>
 *   <li><b>Fees (RAN-E1, RAN-E2).</b> The seed says outpatient treatment is free; treatment itself is
 *       read as free in every offer (NAT-E1), and residential treatment charges board and lodging,
 *       each from income, necessary fixed expenses and the facility's rent and utilities.</li>
 *   <li><b>Free choice (RAN-F1, RAN-F2).</b> Visitation first, equivalent character, and a listed
 *       private provider. Whether an approved offer suits the planned course (RAN-F1) and limiting
 *       the choice for the citizen's sake (RAN-F2, NAT-F3) are open questions for a caseworker. The
 *       guarantee waiver the seed states (NAT-F4) is the national rule in core and is not restated.</li>
 *   <li><b>Complaints.</b> Only the two routes the seed gives: decisions on social treatment (RAN-C1)
 *       and case handling (RAN-C2). The seed quotes § 101 a, stk. 6 only as law text; the national
 *       rule NAT-A4 in core covers anonymous decisions.</li>
 *   <li><b>Required contents (NAT-Q1).</b> Covered as the seed covers them. User involvement is
 *       carried by RAN-U1 (the plan is reviewed together with the citizen) and staff qualifications by
 *       RAN-R1 (the providers' staff), because the seed's own sections on these have no rule ID.
 *       Monitoring is carried by RAN-Q1 and RAN-Q2, whose section says how the goals are followed.
 *       Targets for action plans get no entry: the seed mentions action plans but sets no targets.</li>
 * </ul>
 *
 * <p>This class only builds data; it is not instantiable.
 */
final class RandersStandard {

  private static final String CENTRE = "Rusmiddelcenter Randers";

  private static final String OUTPATIENT = "outpatient";
  private static final String FAMILY_ORIENTED = "family-oriented";
  private static final String MOBILE = "mobile";
  private static final String DOCTOR_CONSULTATION = "doctor-consultation";

  private RandersStandard() {}

  /** Builds the standard; called once by {@link RandersStandardProvider}. */
  static QualityStandard build() {
    return QualityStandard.builder()
        .municipality(Municipality.of("Randers", "randers", "0730"))
        .title("Kvalitetsstandard for social behandling for stofmisbrug (Serviceloven §§101-101a)")
        .adoption(adoption())
        .validity(validity())
        .addTracks(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG)
        .citedLaw(citedLaw())
        .offers(offers())
        .contactPoints(contactPoints())
        .guarantees(guarantees())
        .deadlines(deadlines())
        .planReviews(planReviews())
        .followUps(followUps())
        .freeChoice(freeChoice())
        .fees(fees())
        .giftCards(giftCards())
        .complaints(complaints())
        .providerRequirements(providerRequirements())
        .keyFigures(keyFigures())
        .coverage(coverage())
        .statements(statements())
        .build();
  }

  // ---- metadata (RAN-M1, RAN-M2) ----

  private static Adoption adoption() {
    return Adoption.builder()
        .status(AdoptionStatus.DRAFT)
        .by("byrådet")
        .source(Source.of("RAN-M1", "Vedtaget af byrådet den XX")
            .withNote("The adoption date is left as XX: a draft whose date of adoption is unknown."))
        .build();
  }

  private static Validity validity() {
    return Validity.builder()
        .source(Source.of("RAN-M1", "Vedtaget af byrådet den XX")
            .withNote("The seed states no period of validity and no adoption date; both ends are left open."))
        .build();
  }

  private static List<LegalReference> citedLaw() {
    return List.of(
        LegalReference.of(Act.SEL, "10"),
        LegalReference.of(Act.SEL, "101"),
        LegalReference.of(Act.SEL, "101 a"),
        LegalReference.of(Act.SEL, "107", 2, 2));
  }

  // ---- offers (RAN-O1..O5) ----

  private static List<Offer> offers() {
    return List.of(counselling(), outpatient(), familyOriented(), mobile(), doctorConsultation(), move(),
        anonymousOutpatient(), residential());
  }

  private static Offer counselling() {
    return Offer.builder()
        .id("counselling")
        .name("Rådgivning")
        .type(OfferType.COUNSELLING)
        .addTracks(Track.SOCIAL_DRUG)
        .description("One to five individual talks with a counsellor, by phone, online or in person at the "
            + "centre, for those unsure whether they need treatment and for relatives.")
        .addFormats(Format.INDIVIDUAL)
        .sessions(Span.between(1, 5, Unit.SESSIONS))
        .forRelatives(true)
        .addProviders(CENTRE)
        .source(Source.of("RAN-O1", "Her kan du få 1-5 individuelle samtaler med en rådgiver. Samtalerne kan "
            + "foregå på telefon, virtuelt eller som et fysisk møde i centeret."))
        .build();
  }

  private static Offer outpatient() {
    return Offer.builder()
        .id(OUTPATIENT)
        .name("Ambulant behandling")
        .type(OfferType.OUTPATIENT)
        .addTracks(Track.SOCIAL_DRUG)
        .description("Individual talks and group courses based on evidence-based methods, typically two to "
            + "eight times a month, involving relatives where possible.")
        .addFormats(Format.INDIVIDUAL, Format.GROUP)
        .frequency(Frequency.of(Span.between(2, 8, Unit.SESSIONS), Unit.MONTHS))
        .addProviders(CENTRE)
        .addCombinableWith(FAMILY_ORIENTED, MOBILE, DOCTOR_CONSULTATION)
        .source(Source.of("RAN-O2", "Ambulant behandling er et tilbud, hvor du typisk får en indsats 2-8 gange "
            + "om måneden.")
            .withNote("The add-ons are numbered 'A), 2), 3)' in the list but headed A, B and C; read as "
                + "family-oriented treatment, mobile effort and doctor's consultation."))
        .build();
  }

  private static Offer familyOriented() {
    Source source = Source.of("RAN-O2", "Tilbuddet er til familier, med børn under 18 år, hvor en forældre har "
        + "rusmiddelproblemer, og bor sammen med eller har samkvem med barnet/børnene.");
    return Offer.builder()
        .id(FAMILY_ORIENTED)
        .name("Familieorienteret rusmiddelbehandling")
        .type(OfferType.FAMILY_ORIENTED)
        .addTracks(Track.SOCIAL_DRUG)
        .description("Drug treatment individually and in groups, plus couple talks with the partner and "
            + "family talks with the children, for a parent who lives with or sees children under 18.")
        .addFormats(Format.INDIVIDUAL, Format.GROUP, Format.COUPLE, Format.FAMILY)
        .forRelatives(true)
        .addProviders(CENTRE)
        .addCriteria(Criterion.requires(CitizenFact.CHILDREN_UNDER_18, true,
            "Has children under 18 whom the citizen lives with or sees.", source))
        .addCombinableWith(OUTPATIENT)
        .source(source)
        .build();
  }

  private static Offer mobile() {
    return Offer.builder()
        .id(MOBILE)
        .name("Mobil indsats")
        .type(OfferType.MOBILE)
        .addTracks(Track.SOCIAL_DRUG)
        .description("Outpatient treatment in the citizen's own home, to reduce use or harm or to become "
            + "drug-free.")
        .addProviders(CENTRE)
        .addCriteria(Criterion.discretionary("A life so burdened by complex problems that the citizen "
            + "cannot attend the centre or take treatment online.",
            Source.of("RAN-O2", "du ikke er i stand til at møde i Rusmiddelcenteret eller modtage din "
                + "behandling virtuelt")))
        .addCombinableWith(OUTPATIENT)
        .source(Source.of("RAN-O2", "I det tilfælde kan den ambulante behandling tilbydes i dit eget hjem."))
        .build();
  }

  private static Offer doctorConsultation() {
    return Offer.builder()
        .id(DOCTOR_CONSULTATION)
        .name("Lægesamtale")
        .type(OfferType.DOCTOR_CONSULTATION)
        .addTracks(Track.SOCIAL_DRUG)
        .description("A consultation with a doctor on enrolment, before treatment starts if the citizen "
            + "wishes (NAT-G6), on health questions, infection risk and withdrawal treatment.")
        .addFormats(Format.INDIVIDUAL)
        .addProviders(CENTRE)
        .addCombinableWith(OUTPATIENT)
        .source(Source.of("RAN-O2", "Du har ret til en lægesamtale i forbindelse med indskrivningen i "
            + "stofbehandling, og hvis du ønsker det, kan denne finde sted inden iværksættelse af "
            + "stofmisbrugsbehandling."))
        .build();
  }

  private static Offer move() {
    return Offer.builder()
        .id("move")
        .name("MOVE")
        .type(OfferType.MOVE)
        .addTracks(Track.SOCIAL_DRUG)
        .description("A structured course: a screening talk, then treatment talks and/or group sessions for "
            + "12-14 weeks, then follow-up treatment over six months; gift cards are used (RAN-K1..K4).")
        .addFormats(Format.INDIVIDUAL, Format.GROUP)
        .frequency(Frequency.of(Span.of(1, Unit.SESSIONS), Unit.WEEKS))
        .duration(Span.between(12, 14, Unit.WEEKS))
        .addProviders(CENTRE)
        .addCriteria(
            Criterion.discretionary("Granted after a thorough assessment of the citizen's problems.",
                Source.of("RAN-O3", "Tilbuddet visiteres på baggrund af en grundig udredning af dine "
                    + "problemstillinger")),
            Criterion.discretionary("Able to attend once a week.",
                Source.of("RAN-O3", "kræver, at du er i stand til at møde 1 gang ugentligt")))
        .source(Source.of("RAN-O3", "MOVE er et struktureret samtaleforløb, som består af en screeningsamtale, "
            + "behandlingssamtaler og/eller gruppesessioner i 12-14 uger og en opfølgende behandling over "
            + "seks måneder."))
        .build();
  }

  private static Offer anonymousOutpatient() {
    Source target = Source.of("RAN-O4", "som ikke har andre sociale eller psykiske problemer");
    return Offer.builder()
        .id("anonymous-outpatient")
        .name("Anonym ambulant stofbehandling")
        .type(OfferType.ANONYMOUS_OUTPATIENT)
        .addTracks(Track.ANONYMOUS_DRUG)
        .description("Anonymous group treatment with an optional individual closing talk, for adults with a "
            + "drug problem and no other social or psychological problems; also through an agreement with "
            + "an external provider.")
        .addFormats(Format.GROUP, Format.INDIVIDUAL)
        .minAge(18)
        .addCriteria(
            Criterion.requires(CitizenFact.OTHER_SOCIAL_PROBLEMS, false, "Has no other social problems.", target),
            Criterion.requires(CitizenFact.PSYCHOLOGICAL_PROBLEMS, false, "Has no psychological problems.",
                target.withNote("SEL § 101 a, stk. 1 excludes only other social problems; excluding "
                    + "psychological problems is narrower than the law."))
                .narrowerThanTheLaw())
        .source(Source.of("RAN-O4", "Randers Kommune tilbyder anonym ambulant stofbehandling til dig som er over "
            + "18 år, som har stofmisbrugsproblemer, og som ikke har andre sociale eller psykiske problemer.")
            .withNote("'Over 18 år' read as 18 or older (NAT-X2). The seed also mentions an agreement with an "
                + "unnamed external provider ('Der er også indgået aftale med en ekstern leverandør om et "
                + "anonymt tilbud')."))
        .build();
  }

  private static Offer residential() {
    return Offer.builder()
        .id("residential")
        .name("Døgnbehandling")
        .type(OfferType.RESIDENTIAL)
        .addTracks(Track.SOCIAL_DRUG)
        .description("Medical treatment, drug treatment, care and relapse prevention at a residential "
            + "facility, usually with outpatient treatment before and after; evaluated midway and at the "
            + "end.")
        .duration(Span.between(1, 3, Unit.MONTHS))
        .external(true)
        .addCriteria(Criterion.discretionary("A situation so burdened that outpatient treatment alone is not "
            + "intensive enough.",
            Source.of("RAN-O5", "din samlede situation er så belastet, at det vurderes at ambulans behandling "
                + "alene ikke er tilstrækkelig intensiv til at afhjælpe dit behov")))
        .addCombinableWith(OUTPATIENT)
        .source(Source.of("RAN-O5", "Døgnbehandling varer typisk 1-3 måneder.")
            .withNote("Delivered by the treatment places the municipality cooperates with (RAN-R1), hence "
                + "external; usually combined with outpatient treatment before and after the stay."))
        .build();
  }

  // ---- contact points and routing (RAN-V1..V3) ----

  private static List<ContactPoint> contactPoints() {
    return List.of(
        ContactPoint.builder()
            .name("Åben Rådgivning")
            .role("Visitation conversation deciding whether an adult is in the target group for "
                + "outpatient treatment, MOVE included.")
            .minAge(18)
            .addOfferKinds(OfferKind.OUTPATIENT, OfferKind.MOVE)
            .addTracks(Track.SOCIAL_DRUG)
            .source(Source.of("RAN-V1", "Hvis du ønsker ambulante behandling foretages vurderingen af, om du er "
                + "i målgruppen på baggrund af en visitationssamtale i Åben Rådgivning.")
                .withNote("Read for citizens of 18 or over: under-18s are decided on by Myndighedscenteret "
                    + "(RAN-V3). MOVE is an outpatient course and is visited here too."))
            .build(),
        ContactPoint.builder()
            .name("Visitationsudvalg")
            .role("Committee deciding applications for residential treatment on a recommendation the "
                + "contact person prepares with the citizen.")
            .minAge(18)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .source(Source.of("RAN-V2", "Hvis du ønsker døgnbehandling skal ansøgningen behandles af et "
                + "visitationsudvalg.")
                .withNote("Read for citizens of 18 or over: under-18s are decided on by Myndighedscenteret "
                    + "(RAN-V3)."))
            .build(),
        ContactPoint.builder()
            .name("Myndighedscenteret")
            .role("Decides whether treatment starts for a citizen under 18, and whether the 14-day "
                + "guarantee applies (RAN-G2).")
            .maxAge(17)
            .addOfferKinds(OfferKind.OUTPATIENT, OfferKind.MOVE, OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .source(Source.of("RAN-V3", "Hvis du er under 18 år og har stofmisbrugsproblemer gælder det, at "
                + "beslutning om opstart af behandling træffes af Myndighedscenteret i Randers Kommune."))
            .build());
  }

  // ---- treatment guarantee (RAN-G1, RAN-G2) ----

  private static List<GuaranteeRule> guarantees() {
    return List.of(GuaranteeRule.builder()
        .addTracks(Track.SOCIAL_DRUG)
        .clockStart(ClockStart.FIRST_CONTACT)
        .promise(Promise.START)
        .minors(MinorsRule.NEEDS_DECISION)
        .minorsSource(Source.of("RAN-G2", "Er du under 18 år og belastet af stofmisbrug i en sådan grad, at det har "
            + "medført alvorlige social og adfærdsmæssige problemer, gælder behandlingsgarantien på 14 dage også for "
            + "dig.")
            .withNote("The condition (serious social and behavioural problems) is decided by Myndighedscenteret "
                + "(RAN-V3); until that decision is recorded the guarantee needs a decision."))
        .source(Source.of("RAN-G1", "Det betyder, at du har krav på, at behandlingen skal starte op senest 14 "
            + "dage efter, du har henvendt dig til kommunen.")
            .withNote("Stated for citizens over 18 (read as 18 or older, NAT-X2). Under-18s: the guarantee "
                + "applies only once Myndighedscenteret has decided so (RAN-G2)."))
        .build());
  }

  // ---- municipal deadlines (RAN-D1) ----

  private static List<DeadlineRule> deadlines() {
    return List.of(DeadlineRule.builder()
        .kind(DeadlineKind.PROVIDER_NOTICE)
        .limit(Span.of(2, Unit.DAYS))
        .addTracks(Track.SOCIAL_DRUG)
        .source(Source.of("RAN-D1", "orientere os inden to dage ved afbrudt behandling")
            .withNote("A requirement on residential providers: 'to dage' read as 2 calendar days from the "
                + "interruption (D0-1)."))
        .build());
  }

  // ---- treatment plan review (RAN-U1) ----

  private static List<PlanReviewRule> planReviews() {
    return List.of(PlanReviewRule.builder()
        .mode(ReviewMode.PERIODIC)
        .interval(Span.of(6, Unit.MONTHS))
        .source(Source.of("RAN-U1", "din behandler sammen med dig løbende vurderer og justerer din plan og "
            + "senest hver 6. måned lave opfølgning herpå"))
        .build());
  }

  // ---- follow-up after treatment (RAN-U2) ----

  private static List<FollowUpRule> followUps() {
    return List.of(FollowUpRule.national(
        Source.of("RAN-U2", "Det skal vi gøre 1 og 6 måneder efter, du har afsluttet behandlingen.")
            .withNote("By phone, for the four national discharge statuses the seed lists (færdigbehandlet, "
                + "andet tilbud, hospital, anden årsag); other endings get no follow-up.")));
  }

  // ---- free choice (RAN-F1, RAN-F2) ----

  private static List<FreeChoiceRule> freeChoice() {
    return List.of(FreeChoiceRule.builder()
        .addTracks(Track.SOCIAL_DRUG)
        .visitationRequired(true)
        .equivalentCharacterRequired(true)
        .listingRequired(true)
        // RAN-F2's limit for the citizen's sake restates NAT-F3, which every answer raises; it is not repeated here.
        .addOpenQuestions(
            Criterion.discretionary("Whether the chosen approved offer is relevant to the planned course of "
                + "treatment.",
                Source.of("RAN-F1", "det heller ikke nødvendigvis vil være alle godkendte behandlingstilbud, "
                    + "som vil være relevante for det planlagte behandlingsforløb")))
        .source(Source.of("RAN-F1", "kan du vælge at blive behandlet på et andet offentligt eller privat "
            + "behandlingstilbud, som er godkendt af socialtilsynet og registreret i Tilbudsportalen")
            .withNote("Only after visitation to Rusmiddelcenter Randers, and only an offer of the same "
                + "character as the one visited to."))
        .build());
  }

  // ---- fees (RAN-E1, RAN-E2) ----

  private static List<FeeRule> fees() {
    List<AmountFactor> stayFactors = List.of(AmountFactor.INCOME, AmountFactor.NECESSARY_FIXED_EXPENSES,
        AmountFactor.FACILITY_RENT_AND_UTILITIES);
    return List.of(
        FeeRule.builder()
            .item(FeeItem.TREATMENT)
            .charge(Charge.FREE)
            .source(Source.of("RAN-E1", "Det er gratis for dig at få ambulans social behandling for stofmisbrug, "
                + "hvis Randers Kommune vurderer, at du er i målgruppen for tilbuddet.")
                .withNote("Stated for outpatient treatment; the treatment itself is free in every offer "
                    + "(NAT-E1), residential treatment charging only board and lodging (RAN-E2)."))
            .build(),
        FeeRule.builder()
            .item(FeeItem.BOARD)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .charge(Charge.CHARGED)
            .dependsOn(stayFactors)
            .source(Source.of("RAN-E2", "Hvis du bliver bevilget døgnbehandling, kan du blive opkrævet "
                + "egenbetaling til kost og logi.")
                .withNote("Set under the rules for temporary stays (SEL § 107); the citizen is told the "
                    + "amount before the stay starts."))
            .build(),
        FeeRule.builder()
            .item(FeeItem.LODGING)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .charge(Charge.CHARGED)
            .dependsOn(stayFactors)
            .source(Source.of("RAN-E2", "Dine udgifter vil blive beregnet ud fra en konkret og individuel "
                + "vurdering af din indtægt og faste nødvendige udgifter, samt oplysninger fra døgntilbuddet "
                + "om boligens husleje, el, varme mv."))
            .build());
  }

  // ---- gift cards (RAN-K2; K1, K3, K4 restated under statements) ----

  private static List<GiftCardScheme> giftCards() {
    return List.of(GiftCardScheme.builder()
        .id("move-gift-cards")
        .addOfferKinds(OfferKind.MOVE)
        .countedSessions(14)
        .attendancesPerCard(2)
        .cardValueDkk(200)
        .maxCards(7)
        .noShowForfeits(true)
        .followUpEarns(false)
        .offersSource(Source.of("RAN-K1", "Der anvendes udelukkende gavekort i MOVE-forløb"))
        .source(Source.of("RAN-K2", "Gavekortet anvendes i de første 12-14 sessioner på den måde, at du får et "
            + "gavekort for hver andet fremmøde, og vil dermed i alt maksimalt kunne få 7 gavekort.")
            .withNote("'12-14 sessioner' read as the first 14 sessions: 7 cards at one per second attendance "
                + "need exactly 14. Each card is physical, 'et fastsat beløb på kr. 200'."))
        .build());
  }

  // ---- complaints (RAN-C1, RAN-C2) ----

  private static List<ComplaintRoute> complaints() {
    return List.of(
        ComplaintRoute.builder()
            .subject(ComplaintSubject.SOCIAL_TREATMENT)
            .body(CENTRE)
            .appealTo("Ankestyrelsen")
            .limit(Span.of(4, Unit.WEEKS))
            .source(Source.of("RAN-C1", "Du kan klage over din afgørelse inden for 4 uger. Klagen sendes til "
                + "Rusmiddelcenter Randers, som revurderer afgørelsen."))
            .build(),
        ComplaintRoute.builder()
            .subject(ComplaintSubject.CASE_HANDLING)
            .body("Socialchefen")
            .source(Source.of("RAN-C2", "Eventuelle klager over sagsbehandlingen kan indsendes til socialchefen. "
                + "Der er ingen klagefrist."))
            .build());
  }

  // ---- requirements of residential providers (RAN-R1) ----

  private static List<ProviderRequirement> providerRequirements() {
    return List.of(
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Uses evidence-based treatment methods.")
            .source(Source.of("RAN-R1", "Bruge evidensbaserede behandlingsmetoder."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Has staff with relevant health or social education.")
            .source(Source.of("RAN-R1", "Have medarbejdere med relevant sundheds- og/eller socialfaglig uddannelse."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Is approved by Socialtilsynet and listed on Tilbudsportalen.")
            .source(Source.of("RAN-R1", "Være godkendt af Socialtilsynet og fremgå af Tilbudsportalen.dk."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Reports data to the national drug-treatment register.")
            .source(Source.of("RAN-R1", "Indberette data til Socialstyrelsens Fælles Indberetning til "
                + "Stofmisbrugsdatabasen."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Works toward a less intrusive measure as soon as possible.")
            .source(Source.of("RAN-R1", "Samarbejde med henblik på, at du kan få et mindre indgribende "
                + "foranstaltning hurtigst muligt."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Supports coordination of other social efforts and practical matters during the "
                + "stay.")
            .source(Source.of("RAN-R1", "Støtte dig i forhold til koordinering af andre sociale indsatser eller "
                + "praktiske problemstillinger under opholdet."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Sends midway and final status reports and notifies the municipality within two "
                + "days of an interruption (RAN-D1).")
            .source(Source.of("RAN-R1", "Udarbejde og fremsende midtvejs- og afslutningsstatus og orientere os "
                + "inden to dage ved afbrudt behandling."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("States prices per day per service and the payment terms on an unplanned end.")
            .source(Source.of("RAN-R1", "Oplyse om priser per dag per ydelse og betalingsvilkår ved ikke planlagt "
                + "afslutning"))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Reports changes to the offer that may affect the quality of treatment.")
            .source(Source.of("RAN-R1", "Informere i tilfælde af, at der sker ændringer på behandlingstilbuddet, "
                + "som kan påvirke kvaliteten af behandlingen."))
            .build());
  }

  // ---- key figures (RAN-Q1, RAN-Q2) ----

  private static List<KeyFigure> keyFigures() {
    return List.of(
        KeyFigure.builder()
            .measure("Share of citizens with drug problems who reduce or stop their use after treatment")
            .percent(60)
            .bound(Bound.AT_LEAST)
            .year(2022)
            .source(Source.of("RAN-Q1", "Andelen af borgere med stofproblemer, som opnår reduktion eller "
                + "afholdenhed i forhold til deres misbrug efter endt behandling øges med 3 procentpoint til "
                + "60 % frem til 2022.")
                .withNote("A rise of 3 percentage points to 60 % by 2022; read as a target of at least 60 %."))
            .build(),
        KeyFigure.builder()
            .measure("Share of citizens discharged as completed who are readmitted within 12 months")
            .percent(15)
            .bound(Bound.AT_MOST)
            .source(Source.of("RAN-Q2", "Højest 15 % af de borgere, der er udskrevet som færdigbehandlede, "
                + "genindskrives i misbrugsbehandling inden for 12 måneder efter udskrivning."))
            .build());
  }

  // ---- required contents covered (NAT-Q1) ----

  private static List<ContentCoverage> coverage() {
    return List.of(
        ContentCoverage.of(RequiredContent.TASKS, "RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5"),
        ContentCoverage.of(RequiredContent.TARGET_GROUP, "RAN-O1", "RAN-O2", "RAN-O4", "RAN-O5"),
        ContentCoverage.of(RequiredContent.GOALS_VALUES_NORMS, "RAN-Q1", "RAN-Q2"),
        ContentCoverage.of(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES,
            "RAN-O1", "RAN-O2", "RAN-O3", "RAN-O4", "RAN-O5"),
        ContentCoverage.of(RequiredContent.VISITATION, "RAN-V1", "RAN-V2", "RAN-V3"),
        ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "RAN-G1", "RAN-G2"),
        ContentCoverage.of(RequiredContent.FREE_CHOICE, "RAN-F1", "RAN-F2"),
        ContentCoverage.of(RequiredContent.TREATMENT_PLAN, "RAN-U1", "RAN-U2"),
        ContentCoverage.of(RequiredContent.USER_INVOLVEMENT, "RAN-U1"),
        ContentCoverage.of(RequiredContent.BOARD_AND_LODGING_PAYMENT, "RAN-E2"),
        ContentCoverage.of(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "RAN-C1", "RAN-C2"),
        ContentCoverage.of(RequiredContent.STAFF_QUALIFICATIONS, "RAN-R1"),
        ContentCoverage.of(RequiredContent.MONITORING, "RAN-Q1", "RAN-Q2"),
        ContentCoverage.of(RequiredContent.GIFT_CARDS, "RAN-K1", "RAN-K2", "RAN-K3", "RAN-K4"));
  }

  // ---- informative rules ----

  private static List<Statement> statements() {
    return List.of(
        Statement.of(Topic.SCOPE, "Alcohol and substitution treatment (SUL §§ 141-142) are offered at "
            + "Rusmiddelcenter Randers alongside this treatment but are not described in this standard.",
            Source.of("RAN-M1", "Som supplement til den sociale misbrugsbehandling kan du også have behov for "
                + "alkoholbehandling eller substitutionsbehandling")),
        Statement.of(Topic.SCOPE, "The standard applies where Randers is the citizen's acting municipality "
            + "(handlekommune).",
            Source.of("RAN-M2", "Kvalitetsstandarderne gælder for dig, hvor Randers Kommune er din handlekommune "
                + "efter serviceloven")),
        Statement.of(Topic.ASSESSMENT, "Free choice of provider does not extend to the municipality's "
            + "assessment of the citizen's problems and needs (NAT-F2).",
            Source.of("RAN-F2", "Retten til at vælge et andet behandlingstilbud omfatter ikke kommunens "
                + "afdækning af dine problemer og behov efter § 101, stk. 2.")),
        Statement.of(Topic.CITIZEN_RESPONSIBILITIES, "A citizen who misses a session without cancelling "
            + "loses that session and the chance of its gift card.",
            Source.of("RAN-K3", "Hvis du ikke møder op til en samtale uden at have meldt afbud, mister du "
                + "muligheden for at få en samtale såvel som muligheden for at få gavekortet.")),
        Statement.of(Topic.SCOPE, "The six-month follow-up treatment after MOVE earns no gift cards.",
            Source.of("RAN-K4", "Gavekort anvendes ikke i den 6 måneders opfølgingsbehandling, som du tilbydes "
                + "efter den primære behandling.")),
        Statement.of(Topic.CHILDREN_AND_FAMILY, "At the start of treatment the citizen is asked about "
            + "children under 18.",
            Source.of("RAN-S1", "Derfor spørger vi, når du opstarter behandling, om du har børn under 18 år.")),
        Statement.of(Topic.CHILDREN_AND_FAMILY, "Staff notify the authorities when a child is judged at risk "
            + "of neglect or danger (duty to notify, NAT-P4).",
            Source.of("RAN-S1", "Hvis vi vurderer, at dit barn er i risiko for at blive udsat for svigt eller "
                + "fare, laver vi en underretning.")),
        Statement.of(Topic.CHILDREN_AND_FAMILY, "A citizen with children is also enrolled in the family "
            + "effort.",
            Source.of("RAN-S1", "Hvis du har børn, vil vi også indskrive dig i familieindsatsen.")));
  }
}
