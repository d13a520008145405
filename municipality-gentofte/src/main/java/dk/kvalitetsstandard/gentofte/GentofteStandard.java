package dk.kvalitetsstandard.gentofte;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.Adoption;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.Anonymity;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.ContactPoint;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.Criterion;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.Format;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.Frequency;
import dk.kvalitetsstandard.standard.GuaranteeRule;
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
 * Builds Gentofte Kommune's quality standard "Kvalitetsstandard: Social behandling af stofmisbrug,
 * servicelovens § 101, 101a og sundhedslovens § 142" from the seed
 * the published text, rules GEN-*. Every
 * element carries its GEN rule ID and a short verbatim quote of the seed (markdown link syntax of the
 * extraction stripped).
 *
 * <p>Reading decisions (each tested):
 * <ul>
 *   <li>GEN-M1: the seed gives no adoption date, adopting body or period of validity: the standard
 *       is {@link AdoptionStatus#UNDATED} with an open validity, never a guessed date.</li>
 *   <li>Tracks: SOCIAL_DRUG, ANONYMOUS_DRUG and MEDICAL_DRUG (the title names SUL § 142 and the seed
 *       describes substitution treatment); alcohol is not covered.</li>
 *   <li>GEN-O1: the consultant's counselling is placed on the SOCIAL_DRUG track; it is free and
 *       anonymous by design ({@link Anonymity#ANONYMOUS}) and open to relatives.</li>
 *   <li>GEN-O2: "over 18 år" is a minimum age of 18 (NAT-X2); "som udgangspunkt i grupper" gives the
 *       format GROUP.</li>
 *   <li>GEN-O3: the four concrete anonymous criteria are decidable and marked narrower than
 *       SEL § 101 a, stk. 1 (where a standard falls below the law); "har en bolig" is read as
 *       {@link CitizenFact#HAS_OWN_HOME}; the "ikke" of "ikke efterspørger substitutionsbehandling,
 *       eller har en behandlingskrævende psykisk lidelse" governs both clauses. "Problematic use" is
 *       left to a caseworker. The anonymous criteria name no age, so the offer carries none.</li>
 *   <li>GEN-O4: "minimum 8 hverdage om måneden" is at least 8 attendance days (sessions) a month,
 *       "5-8 timer pr. gang" the length of one; both are "typisk", a description not a promise. "kan
 *       opholde sig i eget hjem" is decided on {@link CitizenFact#HAS_OWN_HOME}; the seed's two
 *       alternative grounds (considerable social problems, or unable to take residential treatment)
 *       are one discretionary criterion, since criteria are all required.</li>
 *   <li>GEN-O6 and the doctor's consultation (cited as NAT-G6, which the rule catalogue gives no GEN ID) are on
 *       the MEDICAL_DRUG track, the track of SUL § 142.</li>
 *   <li>GEN-O7: the family course is for pregnant women, expectant fathers and parents with children
 *       at home; the core has no "any of" criterion, so this is one discretionary criterion.</li>
 *   <li>GEN-G1: the guarantee is stated for outpatient social treatment only (SOCIAL_DRUG); its clock
 *       starts at contact with the municipality or an approved treatment place; "iværksætter" is the
 *       law's verb, so it promises a start; minors are not covered because the outpatient criteria
 *       say over 18. GEN-G2 leaves the assessment towards day and residential treatment outside it.</li>
 *   <li>Plan review: continuous, based on GEN-U2 (the seed's "Opfølgning på indsatsen": Gentofte
 *       follows up on the goals "løbende" and providers send "løbende status"); no interval.</li>
 *   <li>GEN-U1: follow-up after 1 and 6 months after any ended course (no discharge status is
 *       named), so dropping out qualifies too; a deceased citizen never does.</li>
 *   <li>GEN-F1: free choice on the SOCIAL_DRUG track needs a listed offer (Tilbudsportalen) and a
 *       discretionary precondition, comparable price and quality, that Gentofte decides.</li>
 *   <li>GEN-E1: board and lodging in residential treatment are charged "fulde eller delvise": the
 *       amount depends on the actual cost; no rate is given. GEN-E2: treatment is paid by Gentofte,
 *       so it is free for the citizen; control measures imposed by Styrelsen for Patientsikkerhed
 *       are outside the treatment (a statement: the core has no fee item for them).</li>
 *   <li>GEN-C1: one complaint route (social treatment, 4 weeks); the seed names no appeal body, so
 *       none is set here (NAT-C1 and NAT-C5 apply from core).</li>
 *   <li>No gift-card scheme and no key figures are stated. NAT-Q1: the seed has nothing on action
 *       plan targets, user involvement, staff qualifications, monitoring or gift cards; its
 *       treatment-plan content is limited to follow-up (GEN-U1, GEN-U2).</li>
 * </ul>
 *
 * <p>This class is not instantiable; the standard it builds is immutable and thread-safe.
 */
final class GentofteStandard {

  static final String TITLE = "Kvalitetsstandard: Social behandling af stofmisbrug, servicelovens § 101, 101a og "
      + "sundhedslovens § 142";

  private static final String KABS = "KABS";
  private static final String GLADSAXE = "Gladsaxe Rusmiddelcenter";

  private GentofteStandard() {}

  /** Builds the standard; called once by {@link GentofteStandardProvider}. */
  static QualityStandard build() {
    return QualityStandard.builder()
        .municipality(Municipality.of("Gentofte", "gentofte", "0157"))
        .title(TITLE)
        .adoption(adoption())
        .validity(validity())
        .addTracks(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG, Track.MEDICAL_DRUG)
        .citedLaw(citedLaw())
        .offers(offers())
        .contactPoints(contactPoints())
        .addGuarantees(guarantee())
        .addPlanReviews(planReview())
        .addFollowUps(followUp())
        .addFreeChoice(freeChoice())
        .fees(fees())
        .addComplaints(complaint())
        .providerRequirements(providerRequirements())
        .coverage(coverage())
        .statements(statements())
        .build();
  }

  // --- Metadata (GEN-M1) ---------------------------------------------------------------------

  private static Adoption adoption() {
    return Adoption.builder()
        .status(AdoptionStatus.UNDATED)
        .source(Source.of("GEN-M1", TITLE)
            .withNote("The seed names no date of adoption and no adopting body."))
        .build();
  }

  private static Validity validity() {
    return Validity.builder()
        .source(Source.of("GEN-M1", "Social og Sundhed - Social og Handicap Myndighed")
            .withNote("The seed names the responsible unit but no period of validity."))
        .build();
  }

  private static List<LegalReference> citedLaw() {
    return List.of(
        LegalReference.of(Act.SEL, "101"),
        LegalReference.of(Act.SEL, "101 a"),
        LegalReference.of(Act.SUL, "142"),
        LegalReference.of(Act.SEL, "107", 2, 2));
  }

  // --- Offers (GEN-O1..O7) -------------------------------------------------------------------

  private static List<Offer> offers() {
    return List.of(counselling(), outpatient(), anonymousOutpatient(), day(), residential(), substitution(),
        doctorConsultation(), familyCourse());
  }

  private static Offer counselling() {
    return Offer.builder()
        .id("counselling")
        .name("Rådgivning, vejledning og coaching")
        .type(OfferType.COUNSELLING)
        .addTracks(Track.SOCIAL_DRUG)
        .description("Free, anonymous advice from Gentofte's substance consultant about one's own or a relative's use.")
        .anonymity(Anonymity.ANONYMOUS)
        .forRelatives(true)
        .source(Source.of("GEN-O1", "tilbyder Gentofte Kommune gratis og anonym støtte fra en rusmiddelkonsulent"))
        .build();
  }

  private static Offer outpatient() {
    return Offer.builder()
        .id("outpatient")
        .name("Ambulant behandling")
        .type(OfferType.OUTPATIENT)
        .addTracks(Track.SOCIAL_DRUG)
        .description("Outpatient social treatment fitted to the citizen, mainly in groups; substitution can run alongside.")
        .addFormats(Format.GROUP)
        .frequency(Frequency.of(Span.between(2, 8, Unit.SESSIONS), Unit.MONTHS))
        .minAge(18)
        .external(true)
        .addProviders(KABS)
        .addCriteria(
            Criterion.discretionary("Has a problematic use of substances",
                Source.of("GEN-O2", "Kriterierne for at modtage ambulant behandling er, at borgeren er over 18 år, har et "
                    + "problematisk forbrug af rusmidler")
                    .withNote("'over 18 år' is the offer's minimum age of 18 (NAT-X2).")),
            Criterion.discretionary("Needs social drug treatment",
                Source.of("GEN-O2", "har behov for social stofmisbrugsbehandling")))
        .addCombinableWith("substitution")
        .source(Source.of("GEN-O2", "Ambulante behandling foregår 2-8 gange om måneden og tilpasses den enkelt borgers "
            + "situation og behov. Indsatsen foregår som udgangspunkt i grupper."))
        .build();
  }

  private static Offer anonymousOutpatient() {
    return Offer.builder()
        .id("anonymous-outpatient")
        .name("Anonym ambulant behandling")
        .type(OfferType.ANONYMOUS_OUTPATIENT)
        .addTracks(Track.ANONYMOUS_DRUG)
        .description("Outpatient treatment without identification for a delimited period, delivered by two providers; "
            + "Gentofte receives no personal data.")
        .external(true)
        .addProviders(KABS, GLADSAXE)
        .addCriteria(
            Criterion.discretionary("Has a problematic use of substances",
                Source.of("GEN-O3", "Kriterierne for at modtage anonym ambulant behandling er, at borgeren har et "
                    + "problematisk forbrug af rusmidler")),
            Criterion.requires(CitizenFact.SELF_SUPPORTING, true, "Is self-supporting",
                Source.of("GEN-O3", "er selvforsørgende")).narrowerThanTheLaw(),
            Criterion.requires(CitizenFact.HAS_OWN_HOME, true, "Has a home",
                Source.of("GEN-O3", "har en bolig")).narrowerThanTheLaw(),
            Criterion.requires(CitizenFact.WANTS_SUBSTITUTION, false, "Does not ask for substitution treatment",
                Source.of("GEN-O3", "at borgeren ikke efterspørger substitutionsbehandling")).narrowerThanTheLaw(),
            Criterion.requires(CitizenFact.MENTAL_ILLNESS_NEEDING_TREATMENT, false,
                "Has no mental illness that needs treatment",
                Source.of("GEN-O3", "eller har en behandlingskrævende psykisk lidelse")
                    .withNote("Read with the preceding 'ikke': the citizen must not have such an illness."))
                .narrowerThanTheLaw())
        .source(Source.of("GEN-O3", "Anonym ambulante behandling bliver leveret i samarbejde med KABS og Gladsaxe "
            + "Rusmiddelcenter."))
        .build();
  }

  private static Offer day() {
    return Offer.builder()
        .id("day")
        .name("Dagbehandling")
        .type(OfferType.DAY)
        .addTracks(Track.SOCIAL_DRUG)
        .description("More intensive than outpatient treatment, weekdays while living at home; may be the main course "
            + "or come before or after residential treatment.")
        .frequency(Frequency.of(Span.atLeast(8, Unit.SESSIONS), Unit.MONTHS))
        .sessionLength(Span.between(5, 8, Unit.HOURS))
        .addCriteria(
            Criterion.discretionary("Needs more intensive and extensive treatment than outpatient treatment can give",
                Source.of("GEN-O4", "Kriterierne for at modtage dagbehandling er, at borgeren har behov for en mere "
                    + "intensiv og omfattende behandling, end der kan tilbydes ambulant.")),
            Criterion.discretionary("Has considerable social challenges and a chaotic life and Gentofte finds "
                    + "intensive treatment needed, or cannot take residential treatment (family, wish to stay local)",
                Source.of("GEN-O4", "Dagbehandling kan bevilges, når borgeren har betydelige sociale udfordringer "
                    + "ud over sit misbrug, og når borgeren har en kaotisk livsførelse og udsathed")
                    .withNote("Alternative ground in the seed: 'Dagbehandling kan også tilbydes borgere, som ikke kan "
                        + "modtage døgnbehandling'.")),
            Criterion.requires(CitizenFact.HAS_OWN_HOME, true, "Can live in own home during treatment",
                Source.of("GEN-O4", "Det er en forudsætning, at borgeren kan opholde sig i eget hjem under behandlingen.")
                    .withNote("Decided on having a home of one's own.")))
        .source(Source.of("GEN-O4", "borgeren typisk møder minimum 8 hverdage om måneden fra mandag til fredag i 5-8 "
            + "timer pr. gang")
            .withNote("'typisk': a description of the usual course; an attendance day counts as a session."))
        .build();
  }

  private static Offer residential() {
    return Offer.builder()
        .id("residential")
        .name("Døgnbehandling")
        .type(OfferType.RESIDENTIAL)
        .addTracks(Track.SOCIAL_DRUG)
        .description("A temporary stay at a treatment home away from the citizen's home and surroundings, with "
            + "individual and group courses; granted under SEL § 101 jf. § 107, stk. 2, nr. 2.")
        .addFormats(Format.INDIVIDUAL, Format.GROUP)
        .addCriteria(
            Criterion.discretionary("Has extensive social problems besides the drug use and needs an extensive effort",
                Source.of("GEN-O5", "Kriterierne for at modtage døgnbehandling er, at borgeren udover sit misbrug også "
                    + "har omfattende sociale problemer og har behov for en omfattende indsats")),
            Criterion.discretionary("Cannot benefit enough from outpatient or day treatment",
                Source.of("GEN-O5", "og ikke i tilstrækkelig grad kan profitere af ambulant eller dagbehandling")),
            Criterion.discretionary("Mainly where the use harms education, work or family and a particularly intensive "
                    + "effort can help",
                Source.of("GEN-O5", "Gentofte Kommune bevilger primært døgnbehandling til borgere, hvor misbruget har "
                    + "en skadelig indvirkning på deres uddannelses-, beskæftigelses- eller familiemæssige situation")))
        .source(Source.of("GEN-O5", "Døgnbehandling er et midlertidigt ophold på et behandlingshjem."))
        .build();
  }

  private static Offer substitution() {
    return Offer.builder()
        .id("substitution")
        .name("Substitutionsbehandling")
        .type(OfferType.SUBSTITUTION)
        .addTracks(Track.MEDICAL_DRUG)
        .description("Medical treatment with addictive medicines, after assessment and when the treatment place finds "
            + "it appropriate; can run alongside outpatient treatment.")
        .external(true)
        .addProviders(KABS)
        .addCriteria(Criterion.discretionary("The treatment place finds substitution appropriate after assessment",
            Source.of("GEN-O6", "når behandlingsstedet vurderer, at det er hensigtsmæssigt")))
        .addCombinableWith("outpatient")
        .source(Source.of("GEN-O6", "Substitutionsbehandling kan indgå i misbrugsbehandling efter udredning af borgeren, "
            + "og når behandlingsstedet vurderer, at det er hensigtsmæssigt."))
        .build();
  }

  private static Offer doctorConsultation() {
    return Offer.builder()
        .id("doctor-consultation")
        .name("Vederlagsfri lægesamtale")
        .type(OfferType.DOCTOR_CONSULTATION)
        .addTracks(Track.MEDICAL_DRUG)
        .description("A free consultation with a doctor for anyone who wants drug treatment, held on an outpatient "
            + "basis by providers (SUL § 142, stk. 1).")
        .external(true)
        .source(Source.of("NAT-G6", "Gentofte Kommune tilbyder de vederlagsfrie lægesamtaler i ambulat regi via "
            + "leverandører.")
            .withNote("The rule catalogue carries this under NAT-G6 and gives it no GEN ID; 'ambulat' reads 'ambulant'."))
        .build();
  }

  private static Offer familyCourse() {
    return Offer.builder()
        .id("family")
        .name("Specialiseret familieorienteret behandlingsforløb")
        .type(OfferType.FAMILY_ORIENTED)
        .addTracks(Track.SOCIAL_DRUG)
        .description("A specialised family-oriented course that involves the partner, children, family and "
            + "professional network.")
        .addFormats(Format.FAMILY, Format.COUPLE)
        .addCriteria(Criterion.discretionary("Is pregnant, an expectant father, or a parent with children living at home",
            Source.of("GEN-O7", "Gravide kvinder, kommende fædre samt forældre med et stofmisbrug")
                .withNote("Any one of these suffices; the core has no 'any of' criterion.")))
        .source(Source.of("GEN-O7", "Borgere, som har hjemmeboende børn og/eller er gravide, bliver tilbudt et "
            + "specialiseret familieorienteret behandlingsforløb, hvor partneren, børn, familie og professionelt "
            + "netværk inddrages."))
        .build();
  }

  // --- Contact points and routing (GEN-A1, GEN-O1, GEN-O3) ------------------------------------

  private static List<ContactPoint> contactPoints() {
    return List.of(
        ContactPoint.builder()
            .name("Gentofte Kommunes rusmiddelkonsulent")
            .role("Free, anonymous advice about one's own or a relative's substance use")
            .addOfferKinds(OfferKind.COUNSELLING)
            .forRelatives(true)
            .source(Source.of("GEN-O1", "Hvis borgeren har brug for rådgivning eller hjælp omkring sit eget eller en "
                + "pårørendes forbrug af rusmidler"))
            .build(),
        ContactPoint.builder()
            .name("Gentofte Kommune, Social og Handicap Myndighed (Digital Post)")
            .role("Apply for treatment in writing by secure Digital Post (borger.dk, the Digital Post app, e-Boks, mit.dk)")
            .addOfferKinds(OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL, OfferKind.SUBSTITUTION)
            .source(Source.of("GEN-A1", "Borgere kan skrive sikkert til Gentofte Kommune via Digital Post fx på "
                + "borger.dk, Digital Post-appen, e-Boks eller mit.dk"))
            .build(),
        ContactPoint.builder()
            .name("Sagsbehandler i Social og Handicap Myndighed")
            .role("Citizens already in contact with the authority apply through their caseworker")
            .addOfferKinds(OfferKind.OUTPATIENT, OfferKind.DAY, OfferKind.RESIDENTIAL, OfferKind.SUBSTITUTION)
            .source(Source.of("GEN-A1", "Er borgeren allerede i kontakt med Social og Handicap Myndighed, kan borgeren "
                + "henvende sig til sin sagsbehandler."))
            .build(),
        ContactPoint.builder()
            .name(KABS)
            .role("Outpatient and anonymous outpatient treatment: contact the provider directly")
            .addOfferKinds(OfferKind.OUTPATIENT, OfferKind.ANONYMOUS_OUTPATIENT)
            .source(Source.of("GEN-A1", "Borgeren kan ved behov for ambulantly behandling tage kontakt direkte til "
                + "leverandørerne.").withNote("'ambulantly' is an extraction error for 'ambulant'."))
            .build(),
        ContactPoint.builder()
            .name(GLADSAXE)
            .role("Anonymous outpatient treatment: contact the provider directly, without identification")
            .addOfferKinds(OfferKind.ANONYMOUS_OUTPATIENT)
            .addTracks(Track.ANONYMOUS_DRUG)
            .source(Source.of("GEN-O3", "Borgeren kan henvende sig til en af de to leverandører og modtage indsatsen"))
            .build());
  }

  // --- Guarantee (GEN-G1, GEN-G2) -------------------------------------------------------------

  private static GuaranteeRule guarantee() {
    return GuaranteeRule.builder()
        .addTracks(Track.SOCIAL_DRUG)
        .clockStart(ClockStart.CONTACT_INCLUDING_APPROVED_PROVIDER)
        .promise(Promise.OFFER)
        .minors(MinorsRule.NOT_COVERED)
        .addNotCovering(OfferKind.DAY, OfferKind.RESIDENTIAL)
        .notCoveringSource(Source.of("GEN-G2", "Udredning med henblik på dag- eller døgnbehandling sker i samarbejde "
                + "med leverandører af ambulantly behandling og er ikke omfattet af behandlingsgarantien.")
            .withNote("SEL § 101, stk. 4 covers every § 101 offer: a course that starts in day or residential "
                + "treatment gets the law's guarantee, and the report says GEN-G2 would leave it out."))
        .source(Source.of("GEN-G1", "iværksætter tilbud om behandling senest 14 dage efter borgeren har henvendt sig til "
            + "kommunen eller til et godkendt behandlingssted")
            .withNote("Read as a promise of an offer: the law makes treatment start (iværksættes), the text sets an "
                + "offer going. Stated for outpatient treatment; under-18s fall outside the outpatient criteria (over 18). "
                + "Assessment towards day or residential treatment is outside the guarantee (GEN-G2)."))
        .build();
  }

  // --- Plan review (GEN-U2) ------------------------------------------------------------------

  private static PlanReviewRule planReview() {
    return PlanReviewRule.builder()
        .mode(ReviewMode.CONTINUOUS)
        .source(Source.of("GEN-U2", "Gentofte Kommune har det borgerrettede tilsyn og vil løbende følge op på målene "
            + "med indsatsen, og om indsatsen fortsat er relevant.")
            .withNote("From the seed's section on follow-up, read with the providers' ongoing status (GEN-U2); "
                + "no interval is given."))
        .build();
  }

  // --- Follow-up after the end (GEN-U1) ------------------------------------------------------

  private static FollowUpRule followUp() {
    return FollowUpRule.builder()
        .kind(FollowUpKind.FOLLOW_UP)
        .addAfter(Span.of(1, Unit.MONTHS), Span.of(6, Unit.MONTHS))
        .addQualifyingEndings(EndStatus.COMPLETED, EndStatus.OTHER_OFFER, EndStatus.HOSPITAL, EndStatus.OTHER_REASON,
            EndStatus.DROPPED_OUT)
        .source(Source.of("GEN-U1", "Gentofte Kommunes rusmiddelkonsulent følger op på endt behandlingsforløb efter en "
            + "måned og igen efter seks måneder.")
            .withNote("No discharge status is named: every ended course qualifies, including a drop-out."))
        .build();
  }

  // --- Free choice (GEN-F1) ------------------------------------------------------------------

  private static FreeChoiceRule freeChoice() {
    return FreeChoiceRule.builder()
        .addTracks(Track.SOCIAL_DRUG)
        .visitationRequired(true)
        .equivalentCharacterRequired(true)
        .listingRequired(true)
        .addPreconditions(Criterion.discretionary(
            "The wished-for offer is comparable in price and quality with the offer Gentofte would visit to; "
                + "Gentofte decides whether it is equivalent",
            Source.of("GEN-F1", "er sammenligneligt i pris og kvalitet med det tilbud, som Gentofte Kommune ville "
                + "visitere til")))
        .source(Source.of("GEN-F1", "Det er en forudsætning, at det tilbud, som borgeren ønsker, er godkendt på "
            + "Tilbudsportalen"))
        .build();
  }

  // --- Fees (GEN-E1, GEN-E2) -----------------------------------------------------------------

  private static List<FeeRule> fees() {
    Source boardAndLodging = Source.of("GEN-E1", "afholde de eventuelle fulde eller delvise udgifter til kost og logi "
        + "forbundet med døgnophold.")
        .withNote("'fulde eller delvise': up to the actual cost; the seed gives no basis or rate.");
    return List.of(
        FeeRule.builder()
            .item(FeeItem.TREATMENT)
            .charge(Charge.FREE)
            .source(Source.of("GEN-E2", "Gentofte Kommune betaler alene for behandlingen efter servicelovens § 101.")
                .withNote("Gentofte pays for the treatment, so the treatment itself is free for the citizen."))
            .build(),
        FeeRule.builder()
            .item(FeeItem.BOARD)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .charge(Charge.CHARGED)
            .addDependsOn(AmountFactor.ACTUAL_COST)
            .source(boardAndLodging)
            .build(),
        FeeRule.builder()
            .item(FeeItem.LODGING)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .charge(Charge.CHARGED)
            .addDependsOn(AmountFactor.ACTUAL_COST)
            .source(boardAndLodging)
            .build());
  }

  // --- Gift cards: the seed states no scheme -------------------------------------------------

  // --- Complaints (GEN-C1) -------------------------------------------------------------------

  private static ComplaintRoute complaint() {
    return ComplaintRoute.builder()
        .subject(ComplaintSubject.SOCIAL_TREATMENT)
        .body("Gentofte Kommune")
        .limit(Span.of(4, Unit.WEEKS))
        .appealable(true)
        .source(Source.of("GEN-C1", "Får borgeren ikke fuldt medhold i afgørelsen, kan borgeren klage over Gentofte "
            + "Kommunes afgørelse inden 4 uger.")
            .withNote("The seed names no appeal body; the guidance is part of each decision."))
        .build();
  }

  // --- Provider requirements (GEN-U2) --------------------------------------------------------

  private static List<ProviderRequirement> providerRequirements() {
    return List.of(
        ProviderRequirement.builder()
            .text("Send ongoing status reports and a final status")
            .source(Source.of("GEN-U2", "Behandlingstilbuddet udarbejder og fremsender løbende status samt en "
                + "afsluttende status."))
            .build(),
        ProviderRequirement.builder()
            .text("Describe the treatment given, the citizen's progress and future goals")
            .source(Source.of("GEN-U2", "Derudover stiller Gentofte Kommune krav om en beskrivelse af "
                + "behandlingsindsatser og af borgerens udvikling og fremtidige målsætninger."))
            .build(),
        ProviderRequirement.builder()
            .text("Tell Gentofte of a planned ending, and of changes that may affect the quality of the offer or a "
                + "citizen's treatment plan")
            .source(Source.of("GEN-U2", "orienterer leverandøren Gentofte Kommune om planlagt ophør af indsatsen eller "
                + "ændringer på behandlingstilbuddet"))
            .build());
  }

  // --- Key figures: the seed states none -----------------------------------------------------

  // --- Required contents covered (NAT-Q1) ----------------------------------------------------

  private static List<ContentCoverage> coverage() {
    return List.of(
        ContentCoverage.of(RequiredContent.TASKS, "GEN-O1", "GEN-O2", "GEN-O3", "GEN-O4", "GEN-O5", "GEN-O6", "GEN-O7"),
        ContentCoverage.of(RequiredContent.TARGET_GROUP, "GEN-M1"),
        ContentCoverage.of(RequiredContent.GOALS_VALUES_NORMS, "GEN-M1"),
        ContentCoverage.of(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, "GEN-M1", "GEN-O2", "GEN-O3", "GEN-O4",
            "GEN-O5", "GEN-O6"),
        ContentCoverage.of(RequiredContent.VISITATION, "GEN-V1", "GEN-A1"),
        ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "GEN-G1", "GEN-G2"),
        ContentCoverage.of(RequiredContent.FREE_CHOICE, "GEN-F1"),
        ContentCoverage.of(RequiredContent.TREATMENT_PLAN, "GEN-U1", "GEN-U2"),
        ContentCoverage.of(RequiredContent.BOARD_AND_LODGING_PAYMENT, "GEN-E1"),
        ContentCoverage.of(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "GEN-C1"));
  }

  // --- Informative rules ---------------------------------------------------------------------

  private static List<Statement> statements() {
    return List.of(
        Statement.of(Topic.SCOPE,
            "Sets Gentofte's service level for social drug treatment, anonymous treatment and substitution treatment.",
            Source.of("GEN-M1", "Kvalitetsstandarden beskriver Gentofte Kommunes serviceniveau for social behandling af "
                + "stofmisbrug, anonym behandling og substitutionsbehandling.")),
        Statement.of(Topic.TARGET_GROUP,
            "Citizens physically or mentally dependent on one or more drugs, who cannot manage daily life because of "
                + "it and whose use harms themselves or those close to them.",
            Source.of("GEN-M1", "Målgruppen er borgere, som er fysisk og/eller psykisk afhængige af et eller flere "
                + "bevidsthedsændrende stoffer (rusmidler)")
                .withNote("The rule catalogue gives the seed's 'Målgruppe' section no ID of its own.")),
        Statement.of(Topic.GOALS_AND_VALUES,
            "The aim is that the drug use stops or that its harm to the citizen, family and surroundings is reduced; "
                + "also insight, education or work, a network and better health.",
            Source.of("GEN-M1", "Formålet med indsatsen er, at misbruget ophører eller at mindske de "
                + "rusmiddelrelaterede skader for borgeren, familien og omgivelserne.")
                .withNote("The rule catalogue gives the seed's 'Formål' section no ID of its own.")),
        Statement.of(Topic.GOALS_AND_VALUES,
            "Treatment is socio-educational and therapeutic, rests on motivation and voluntary participation, and is "
                + "planned from the citizen's view of the use and wishes for treatment.",
            Source.of("GEN-M1", "Indsatsens indhold er af socialpædagogisk og terapeutisk karakter. Behandlingen beror "
                + "på motivation, frivillighed og kan have stor variation samt forskellige grader af intensitet.")
                .withNote("The rule catalogue gives the seed's 'Indsatsens indhold' section no ID of its own.")),
        Statement.of(Topic.VISITATION,
            "Gentofte grants treatment after a concrete, individual assessment of the extent and complexity of the "
                + "drug use and any social problems, and decides the offer together with the provider.",
            Source.of("GEN-V1", "Gentofte Kommune bevilger indsatsen efter en konkret og individuel vurdering, der tager "
                + "udgangspunkt i omfanget og kompleksiteten af borgerens stofmisbrug og eventuelle sociale problemer.")),
        Statement.of(Topic.ASSESSMENT,
            "The overall assessment describes the citizen's physical and mental state, substance use, social "
                + "situation, motivation for treatment and own part in solving the problems.",
            Source.of("GEN-V1", "Den samlede vurdering vil indeholde en beskrivelse af borgerens:")),
        Statement.of(Topic.VISITATION,
            "Extent and duration of treatment follow from an individual assessment of the citizen's needs.",
            Source.of("GEN-V1", "Omfang og varighed afhænger af en konkret og individuel vurdering af borgerens behov.")),
        Statement.of(Topic.ASSESSMENT,
            "Assessment with a view to day or residential treatment is done with the outpatient providers and is not "
                + "covered by the treatment guarantee.",
            Source.of("GEN-G2", "Udredning med henblik på dag- eller døgnbehandling sker i samarbejde med leverandører "
                + "af ambulantly behandling og er ikke omfattet af behandlingsgarantien.")
                .withNote("'ambulantly' is an extraction error for 'ambulant'.")),
        Statement.of(Topic.ANONYMITY,
            "Anonymous treatment is taken up directly with one of the two providers; Gentofte receives no "
                + "personally identifiable information.",
            Source.of("GEN-O3", "uden at Gentofte Kommune får personhenførbare oplysninger")),
        Statement.of(Topic.CHILDREN_AND_FAMILY,
            "Where a citizen who uses substances has children living at home, Gentofte always starts cooperation "
                + "with its children-and-family department.",
            Source.of("GEN-O7", "Hvis borgere har et forbrug af rusmidler og hjemmeboende børn, tager Gentofte Kommune "
                + "altid initiativ til et samarbejde med Børn og Familie-afdelingen.")),
        Statement.of(Topic.CITIZEN_RESPONSIBILITIES,
            "The citizen takes part in planning and agreements, attends sessions, follows medical instructions, "
                + "works towards the goals and pays any board and lodging in a residential stay.",
            Source.of("GEN-B1", "Borgeren skal indgå i og samarbejde om planlægning og aftaler vedrørende indsatsen.")),
        Statement.of(Topic.CITIZEN_RESPONSIBILITIES,
            "Gentofte will as a rule end a course where the citizen does not take an active part or stays away.",
            Source.of("GEN-B1", "Gentofte Kommune vil i udgangspunktet afslutte behandlingsforløb, hvor borgeren ikke "
                + "aktivt medvirker og/eller udebliver fra planlagt behandling.")),
        Statement.of(Topic.SCOPE,
            "Control measures imposed by Styrelsen for Patientsikkerhed are not part of the treatment Gentofte pays for.",
            Source.of("GEN-E2", "Evt. kontrolforanstaltninger pålagt af Styrelsen for Patientsikkerhed anses ikke som en "
                + "del af behandlingen.")));
  }
}
