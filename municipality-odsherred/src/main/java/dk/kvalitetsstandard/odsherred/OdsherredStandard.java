package dk.kvalitetsstandard.odsherred;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.NationalFloor;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.Adoption;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.Anonymity;
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
import dk.kvalitetsstandard.standard.FollowUpKind;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.Format;
import dk.kvalitetsstandard.standard.FreeChoiceRule;
import dk.kvalitetsstandard.standard.Frequency;
import dk.kvalitetsstandard.standard.GiftCardScheme;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.Intensity;
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

/**
 * Builds Odsherred Kommune's quality standard from its published text
 * ("Kvalitetsstandard for Alkoholbehandling efter Sundhedslovens §141, og Stofmisbrugsbehandling
 * efter Servicelovens § 101 og 101a, og Sundhedslovens § 142", Rusmiddelteamet), rules ODS-* of
 * the rule catalogue (ODS-*). Every element carries its rule ID and a verbatim quote of the
 * seed (HTML tags stripped).
 *
 * <p>Reading decisions, each tested:
 * <ul>
 *   <li>Validity "januar 2025 til december 2026" is read as 2025-01-01 to 2026-12-31, both
 *       included (ODS-M1).</li>
 *   <li>The target group "fra 12 år og opefter" (ODS-M2) is the lower age of every offer, of the
 *       team's contact point and of the guarantee; no upper age is stated anywhere.</li>
 *   <li>The three outpatient courses (ODS-O2..O4) are separate offers graded LOW, MEDIUM, HIGH, on
 *       the social drug and alcohol tracks; "½ år" is 6 months. The MOVE course (ODS-O4) is a
 *       separate offer of kind MOVE that inherits the intensive course's frequency, sessions and
 *       length, because the seed says the intensive course "kan gives som et forløb efter
 *       MOVE-metoden"; the gift-card scheme is tied to that kind and states no figure at all.</li>
 *   <li>Day treatment "mere end 8 gange om måneden" is at least 9 contacts a month (ODS-O5).</li>
 *   <li>The guarantee (ODS-G1) covers the social drug, medical drug and alcohol tracks, promises
 *       only an <em>offer</em> ("skal dette tilbydes indenfor 14 dage"), and starts its clock at
 *       in-person attendance (ODS-G2). Both fall short of the law (where a standard falls below the law) and are
 *       encoded literally. It applies to under-18s as to adults, from age 12. ODS-G3 (waiver on
 *       free choice; anonymous treatment outside the guarantee) is a statement, and the guarantee
 *       does not list the anonymous track.</li>
 *   <li>The follow-up (ODS-U2) is after 1 and 3 months, not 6: a known shortfall against NAT-U1,
 *       encoded literally.</li>
 *   <li>Alcohol free choice needs no visitation (ODS-F2), but the ODS-F3 limits (equivalent
 *       character, Tilbudsportalen, the plan's guidelines and goals) are read as applying to both
 *       free-choice rules.</li>
 *   <li>Board and lodging may be charged only in residential treatment for drugs ("ved
 *       døgnbehandling for stofmisbrug"), if affordable; the seed names no basis for the amount,
 *       so none is recorded (ODS-E2).</li>
 *   <li>The complaint route for social treatment has no citizen's time limit: the seed's 4 weeks
 *       are the municipality's reconsideration period (ODS-C1), encoded as a reconsideration
 *       deadline. The seed lists § 101 a under that route; by law (NAT-A4) such decisions are not
 *       appealable, so the anonymous route is encoded as not appealable.</li>
 *   <li>Key-figure targets "35 %" are read as at least 35 %; no year is stated (ODS-Q1..Q3).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe; it has no instances.
 */
final class OdsherredStandard {

  /** The tracks of the social courses: social drug treatment and alcohol treatment alike. */
  private static final List<Track> SOCIAL_AND_ALCOHOL = List.of(Track.SOCIAL_DRUG, Track.ALCOHOL);

  /** The target group's lower age, "fra 12 år og opefter" (ODS-M2). */
  private static final int MIN_AGE = 12;

  private OdsherredStandard() {}

  /** The standard, built from the seed; valid by construction. */
  static QualityStandard build() {
    return QualityStandard.builder()
        .municipality(Municipality.of("Odsherred", "odsherred", "0306"))
        .title("Kvalitetsstandard for Alkoholbehandling efter Sundhedslovens §141, og Stofmisbrugsbehandling "
            + "efter Servicelovens § 101 og 101a, og Sundhedslovens § 142")
        .adoption(adoption())
        .validity(validity())
        .addTracks(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL)
        .addAllCitedLaw(citedLaw())
        .addAllOffers(offers())
        .addAllContactPoints(contactPoints())
        .addGuarantees(guarantee())
        .addAllDeadlines(deadlines())
        .addPlanReviews(planReview())
        .addFollowUps(followUp())
        .addAllFreeChoice(freeChoice())
        .addAllFees(fees())
        .addGiftCards(giftCards())
        .addAllComplaints(complaints())
        .addAllProviderRequirements(providerRequirements())
        .addAllKeyFigures(keyFigures())
        .addAllCoverage(coverage())
        .addAllStatements(statements())
        .build();
  }

  // ---------------------------------------------------------------- metadata (ODS-M1, ODS-M2)

  private static Adoption adoption() {
    return Adoption.builder()
        .status(AdoptionStatus.ADOPTED)
        .date(LocalDate.of(2024, 12, 17))
        .by("Byrådet")
        .source(Source.of("ODS-M1", "Godkendt i Byrådet 17.12.2024."))
        .build();
  }

  private static Validity validity() {
    return Validity.builder()
        .from(LocalDate.of(2025, 1, 1))
        .to(LocalDate.of(2026, 12, 31))
        .source(Source.of("ODS-M1", "Gældende fra januar 2025 til december 2026")
            .withNote("Months only: read as the first day of January 2025 to the last day of December 2026."))
        .build();
  }

  private static List<LegalReference> citedLaw() {
    return List.of(
        LegalReference.of(Act.SEL, "101"),
        LegalReference.of(Act.SEL, "101 a"),
        LegalReference.of(Act.SUL, "141"),
        LegalReference.of(Act.SUL, "142"),
        LegalReference.of(Act.SEL, "153"));
  }

  // ---------------------------------------------------------------- offers (ODS-O1..O7, ODS-A2, ODS-V1)

  private static List<Offer> offers() {
    return List.of(
        counselling(),
        outpatientLow(),
        outpatientMedium(),
        outpatientIntensive(),
        move(),
        day(),
        residential(),
        anonymousGroup(),
        healthCare(),
        medicalTreatment(),
        groupTreatment(),
        coupleAndFamily(),
        relativesCounselling(),
        supportive(),
        aftercare(),
        vendepunktet(),
        childrenSupport());
  }

  private static Offer counselling() {
    return Offer.builder()
        .id("counselling")
        .name("Rådgivningsforløb")
        .type(OfferType.COUNSELLING)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("A short counselling course for citizens unsure about their need for or motivation to start "
            + "treatment; citizens and relatives may have it anonymously.")
        .sessions(Span.between(1, 5, Unit.SESSIONS))
        .minAge(MIN_AGE)
        .anonymity(Anonymity.ANONYMITY_POSSIBLE)
        .forRelatives(true)
        .source(Source.of("ODS-O1", "Er borgerne i tvivl om behov og/eller motivation for behandling, tilbydes "
                + "borgeren at starte med et rådgivningsforløb på 1-5 samtaler.")
            .withNote("Anonymity and relatives from the anonymity section: 'Der er både for borgere og pårørende "
                + "mulighed for 1-5 anonyme rådgivende samtaler.'"))
        .build();
  }

  private static Criterion intensityAssessment() {
    return Criterion.discretionary(
        "The intensity is chosen from an overall assessment of the citizen's resources and of the burden of use, "
            + "physical, mental and social problems.",
        Source.of("ODS-V1", "Intensiteten af tilbuddet er baseret på en samlet vurdering af borgerens ressourcer og "
            + "misbrugsmæssige, fysiske, psykiske og sociale belastningsgrad."));
  }

  private static Offer outpatientLow() {
    return Offer.builder()
        .id("outpatient-low")
        .name("Lav intensiv behandling")
        .type(OfferType.OUTPATIENT)
        .kind(OfferKind.OUTPATIENT)
        .intensity(Intensity.LOW)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Low-intensity outpatient course: conversations once or twice a month for half a year.")
        .frequency(Frequency.of(Span.between(1, 2, Unit.SESSIONS), Unit.MONTHS))
        .duration(Span.of(6, Unit.MONTHS))
        .minAge(MIN_AGE)
        .addCriteria(intensityAssessment())
        .source(Source.of("ODS-O2", "Lav intensiv behandling: Tilbud om samtaler 1-2 gange om måneden i forløb på ½ år.")
            .withNote("'½ år' is read as 6 months."))
        .build();
  }

  private static Offer outpatientMedium() {
    return Offer.builder()
        .id("outpatient-medium")
        .name("Mellem intensiv behandling")
        .type(OfferType.OUTPATIENT)
        .kind(OfferKind.OUTPATIENT)
        .intensity(Intensity.MEDIUM)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Medium-intensity outpatient course: at least two conversations a month, 8 in all, "
            + "about 4 months.")
        .frequency(Frequency.of(Span.atLeast(2, Unit.SESSIONS), Unit.MONTHS))
        .sessions(Span.of(8, Unit.SESSIONS))
        .duration(Span.of(4, Unit.MONTHS))
        .minAge(MIN_AGE)
        .addCriteria(intensityAssessment())
        .source(Source.of("ODS-O3", "Mellem intensiv behandling: Samtaler minimum 2 gange om måneden i forløb af 8 "
            + "gange, svarende til 4 måneders behandling."))
        .build();
  }

  private static Offer outpatientIntensive() {
    return Offer.builder()
        .id("outpatient-intensive")
        .name("Intensiv behandling")
        .type(OfferType.OUTPATIENT)
        .kind(OfferKind.OUTPATIENT)
        .intensity(Intensity.HIGH)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Intensive outpatient course: at least one conversation a week, 12 in all, about 3 months.")
        .frequency(Frequency.of(Span.atLeast(1, Unit.SESSIONS), Unit.WEEKS))
        .sessions(Span.of(12, Unit.SESSIONS))
        .duration(Span.of(3, Unit.MONTHS))
        .minAge(MIN_AGE)
        .addCriteria(intensityAssessment())
        .source(Source.of("ODS-O4", "Intensiv behandling: Samtaler minimum én gang om ugen af 12 gange, svarende til "
            + "3 måneders behandling."))
        .build();
  }

  /**
   * The intensive course given by the MOVE method. Reading: it is the intensive course in another
   * form, so it keeps that course's frequency, sessions and length; its own kind (MOVE) lets the
   * gift-card scheme name exactly the sessions that can earn cards.
   */
  private static Offer move() {
    return Offer.builder()
        .id("move")
        .name("Intensiv behandling efter MOVE-metoden")
        .type(OfferType.MOVE)
        .intensity(Intensity.HIGH)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("The intensive course run by the MOVE method: a fixed agenda on crisis handling, goals and "
            + "homework, with gift cards possible to strengthen attendance.")
        .frequency(Frequency.of(Span.atLeast(1, Unit.SESSIONS), Unit.WEEKS))
        .sessions(Span.of(12, Unit.SESSIONS))
        .duration(Span.of(3, Unit.MONTHS))
        .minAge(MIN_AGE)
        .addCriteria(intensityAssessment())
        .source(Source.of("ODS-O4", "Den intensive behandling kan gives som et forløb efter MOVE-metoden, hvor der "
                + "arbejdes struktureret med en fast dagsorden omkring krisehåndtering, mål, og hjemmeopgaver")
            .withNote("Frequency, sessions and length are those of the intensive course it is a form of."))
        .build();
  }

  private static Criterion moreIntensiveEffortNeeded() {
    return Criterion.discretionary(
        "A more intensive effort than outpatient treatment is needed; the internal visitation committee decides "
            + "from the citizen's overall burden.",
        Source.of("ODS-V1", "Vurderes det, at der er behov for en mere intensiv indsats, er der mulighed for "
            + "visitation til ekstern dag- eller døgnbehandling."));
  }

  private static Offer day() {
    return Offer.builder()
        .id("day")
        .name("Dagbehandling")
        .type(OfferType.DAY)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("External day treatment with more than 8 contacts a month, lasting 3 to 5 months.")
        .frequency(Frequency.of(Span.atLeast(9, Unit.SESSIONS), Unit.MONTHS))
        .duration(Span.between(3, 5, Unit.MONTHS))
        .minAge(MIN_AGE)
        .external(true)
        .addCriteria(moreIntensiveEffortNeeded())
        .source(Source.of("ODS-O5", "Dagbehandling: Ydelser mere end 8 gange om måneden i ambulante regi. "
                + "Behandlingen varer 3 – 5 mdr.")
            .withNote("'mere end 8 gange' is read as at least 9 a month. External: 'Dag- og døgnbehandling foregår "
                + "eksternt i samarbejde med godkendte offentlige og private behandlingssteder.'"))
        .build();
  }

  private static Offer residential() {
    return Offer.builder()
        .id("residential")
        .name("Døgnbehandling")
        .type(OfferType.RESIDENTIAL)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("External high-intensity residential treatment aimed at tapering, stopping or stabilising, "
            + "lasting 1 to 3 months.")
        .duration(Span.between(1, 3, Unit.MONTHS))
        .minAge(MIN_AGE)
        .external(true)
        .addCriteria(moreIntensiveEffortNeeded())
        .source(Source.of("ODS-O6", "Døgnbehandling: Højintensiv behandling i døgnregi med henblik på "
            + "ned/udtrækning, ophør eller stabilisering. Behandlingen varer 1 – 3 mdr."))
        .build();
  }

  private static Offer anonymousGroup() {
    return Offer.builder()
        .id("anonymous-group")
        .name("Anonym gruppebehandling")
        .type(OfferType.ANONYMOUS_OUTPATIENT)
        .addTracks(Track.ANONYMOUS_DRUG)
        .description("Anonymous group treatment under SEL § 101 a for drug users with no social problems other "
            + "than substances; anonymity is kept through the whole course.")
        .addFormats(Format.GROUP)
        .minAge(MIN_AGE)
        .anonymity(Anonymity.ANONYMOUS)
        .addCriteria(Criterion.requires(CitizenFact.OTHER_SOCIAL_PROBLEMS, false,
            "Has no social problems other than the use of substances.",
            Source.of("ODS-A2", "for stofmisbrugere, uden andre sociale problemer end rusmidler")))
        .source(Source.of("ODS-A2", "Dog er der for stofmisbrugere, uden andre sociale problemer end rusmidler, "
            + "mulighed for at blive visiteret til tilbud om anonym gruppebehandling jvf. SEL § 101a."))
        .build();
  }

  private static Offer healthCare() {
    return Offer.builder()
        .id("health-care")
        .name("Lægesamtaler, sundhedssamtaler og afrusning")
        .type(OfferType.DOCTOR_CONSULTATION)
        .addTracks(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL)
        .description("Health-professional part of outpatient treatment: doctor's and health conversations, detox, "
            + "screening for hepatitis and HIV, vaccination against hepatitis A and B.")
        .minAge(MIN_AGE)
        .combinableWith(List.of("outpatient-low", "outpatient-medium", "outpatient-intensive", "move"))
        .source(Source.of("ODS-O7", "Den ambulante behandling kan indeholde: - Lægesamtaler - Sundhedssamtaler - "
                + "Afrusning")
            .withNote("Also 'Screening for hepatitis og HIV - Vaccination for hepatitis a + b'. Combined with the "
                + "social courses: 'Derfor opfordrer vi til, at den sundhedsfaglige del af behandlingen ikke står "
                + "alene.'"))
        .build();
  }

  /**
   * Medical treatment and dispensing. Reading: on the medical drug track (SUL § 142) only; the
   * medicine alcohol citizens may get is part of {@link #healthCare()}'s detox and the
   * health-professional treatment the seed promises every citizen.
   */
  private static Offer medicalTreatment() {
    return Offer.builder()
        .id("medical-treatment")
        .name("Medicinsk behandling og medicinudlevering")
        .type(OfferType.MEDICAL)
        .addTracks(Track.MEDICAL_DRUG)
        .description("Medical treatment of drug use, including dispensing of medicine.")
        .minAge(MIN_AGE)
        .combinableWith(List.of("outpatient-low", "outpatient-medium", "outpatient-intensive", "move"))
        .source(Source.of("ODS-O7", "- Medicinsk behandling - Medicinudlevering"))
        .build();
  }

  private static Offer groupTreatment() {
    return Offer.builder()
        .id("group-treatment")
        .name("Gruppebehandling")
        .type(OfferType.OUTPATIENT)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Group treatment, formal and informal.")
        .addFormats(Format.GROUP)
        .minAge(MIN_AGE)
        .source(Source.of("ODS-O7", "- Gruppebehandling")
            .withNote("Also 'Borgeren tilbydes såvel formelle som uformelle gruppetilbud.'"))
        .build();
  }

  private static Offer coupleAndFamily() {
    return Offer.builder()
        .id("couple-and-family")
        .name("Par- og familiesamtaler")
        .type(OfferType.FAMILY_ORIENTED)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Couple and family conversations about substance use.")
        .addFormats(Format.COUPLE, Format.FAMILY)
        .minAge(MIN_AGE)
        .forRelatives(true)
        .source(Source.of("ODS-O7", "- Par- og familiesamtaler i et rusmæssigt perspektiv"))
        .build();
  }

  private static Offer relativesCounselling() {
    return Offer.builder()
        .id("relatives-counselling")
        .name("Rådgivning til pårørende og/eller pårørendegruppe")
        .type(OfferType.COUNSELLING)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Counselling for relatives, one to one or in a relatives' group; relatives may turn to the "
            + "team directly.")
        .addFormats(Format.INDIVIDUAL, Format.GROUP)
        .minAge(MIN_AGE)
        .forRelatives(true)
        .source(Source.of("ODS-O7", "- Rådgivning til pårørende og/eller pårørendegruppe")
            .withNote("'og/eller pårørendegruppe' is read as individual counselling or a group."))
        .build();
  }

  private static Offer supportive() {
    return Offer.builder()
        .id("supportive")
        .name("Understøttende behandling")
        .type(OfferType.NADA)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Supportive treatment alongside the course: NADA ear acupuncture, mindfulness, urine tests "
            + "and a breakfast café.")
        .minAge(MIN_AGE)
        .source(Source.of("ODS-O7", "- Understøttende behandling i form af NADA (øreakupunktur), mindfulness, "
            + "urinkontrol, og morgenmadscafé."))
        .build();
  }

  private static Offer aftercare() {
    return Offer.builder()
        .id("aftercare")
        .name("Efterbehandling / tilbagefaldsforebyggelse")
        .type(OfferType.AFTERCARE)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Aftercare and relapse prevention.")
        .minAge(MIN_AGE)
        .source(Source.of("ODS-O7", "- Efterbehandling / tilbagefaldsforebyggelse"))
        .build();
  }

  /** The drop-in place: core has no drop-in type, so it is an outpatient offer (a gap reported). */
  private static Offer vendepunktet() {
    return Offer.builder()
        .id("vendepunktet")
        .name("Værestedet Vendepunktet")
        .type(OfferType.OUTPATIENT)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Attachment to the drop-in place Vendepunktet.")
        .minAge(MIN_AGE)
        .source(Source.of("ODS-O7", "- Tilknytning til værestedet Vendepunktet"))
        .build();
  }

  /** Supportive conversations for children of parents who use substances (ODS-S1); no upper age is stated. */
  private static Offer childrenSupport() {
    return Offer.builder()
        .id("children-support")
        .name("Støttende samtaler til børn")
        .type(OfferType.FAMILY_ORIENTED)
        .addAllTracks(SOCIAL_AND_ALCOHOL)
        .description("Supportive conversations for children from 12 whose parents use substances, as a rule "
            + "together with the parent who does not.")
        .minAge(MIN_AGE)
        .forRelatives(true)
        .source(Source.of("ODS-S1", "Børn ned til 12 år, af forældre i rusmiddelbrug, tilbydes støttende samtaler, "
            + "som udgangspunkt sammen med den ikke-rusbrugende forælder"))
        .build();
  }

  // ---------------------------------------------------------------- contact points / routing (ODS-V1, ODS-C3)

  private static List<ContactPoint> contactPoints() {
    return List.of(
        ContactPoint.builder()
            .name("Rusmiddelteamet")
            .role("Counselling, outpatient treatment, and the decision on outpatient, day and residential "
                + "treatment for alcohol and drugs; citizens and relatives turn to it directly.")
            .address("Sundhedscenteret, Sygehusvej 5, 4500 Nykøbing Sjælland")
            .web("www.odsherred.dk/rusmiddelteamet")
            .minAge(MIN_AGE)
            .forRelatives(true)
            .source(Source.of("ODS-V1", "Alle borgere kan henvende sig direkte til Rusmiddelteamet, enten med ønske "
                    + "om rådgivning eller med ønske om behandling.")
                .withNote("Address from the organisation section; from age 12 by the target group (ODS-M2)."))
            .build(),
        ContactPoint.builder()
            .name("Borgerrådgiveren")
            .role("Advises citizens who want to complain about the municipality's case handling or do not know "
                + "where to turn.")
            .phone("21 15 69 47")
            .email("borgerradgiver@odsherred.dk")
            .applyHere(false)
            .source(Source.of("ODS-C3", "Borgerrådgiveren kan kontaktes på 21 15 69 47 eller "
                + "borgerradgiver@odsherred.dk"))
            .build());
  }

  // ---------------------------------------------------------------- guarantee (ODS-G1, ODS-G2; ODS-G3 as statement)

  private static GuaranteeRule guarantee() {
    return GuaranteeRule.builder()
        .addTracks(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG, Track.ALCOHOL)
        .clockStart(ClockStart.IN_PERSON_ATTENDANCE)
        .promise(Promise.OFFER)
        .minors(MinorsRule.APPLIES)
        .freeChoiceWaiver(Source.of("ODS-G3", "Fristen på 14 dage kan dog fraviges, hvis borgeren - efter frit valgs "
                + "ordningen - vælger et andet behandlingstilbud end det, der er visiteret til.")
            .withNote("Stated for alcohol and drugs alike. SUL § 141 has no such exception, so on the alcohol track the "
                + "law keeps the guarantee (NAT-G5)."))
        .fromAge(MIN_AGE)
        .clockSource(Source.of("ODS-G2", "De 14 dage regnes fra det tidspunkt, hvor borgeren personligt møder op i "
            + "teamet med et udtrykt ønske om behandling.")
            .withNote("A phone call or a written request does not start the clock; the national reading (D0-6) "
                + "starts it at the first contact, oral or written."))
        .source(Source.of("ODS-G1", "Ønsker borgeren et behandlingsforløb skal dette tilbydes indenfor 14 dage.")
            .withNote("Promises an offer, not a start. For alcohol and drugs alike: 'Både for alkohol- og "
                + "stofmisbrugsbehandling er der behandlingsgaranti på 14 dage.' Clock start from ODS-G2; not for "
                + "anonymous § 101 a treatment (ODS-G3). The target group from 12 applies to it."))
        .build();
  }

  // ---------------------------------------------------------------- deadlines (ODS-C1)

  private static List<DeadlineRule> deadlines() {
    return List.of(DeadlineRule.builder()
        .kind(DeadlineKind.RECONSIDERATION)
        .limit(Span.of(4, Unit.WEEKS))
        .addTracks(Track.SOCIAL_DRUG)
        .source(Source.of("ODS-C1", "Klage skal sendes til kommunen, som har 4 uger til at genvurdere, om "
                + "Rusmiddelteamet har truffet den rigtige afgørelse.")
            .withNote("The municipality's own reconsideration period (NAT-C5), not the citizen's time limit."))
        .build());
  }

  // ---------------------------------------------------------------- plan review (ODS-U1)

  private static PlanReviewRule planReview() {
    return PlanReviewRule.builder()
        .mode(ReviewMode.AFTER_AGREED_PERIOD)
        .source(Source.of("ODS-U1", "Behandlingsplanen er tidsbegrænset og evalueres efter den aftalte periode "
            + "sammen med borgeren."))
        .build();
  }

  // ---------------------------------------------------------------- follow-up (ODS-U2)

  private static FollowUpRule followUp() {
    return FollowUpRule.builder()
        .kind(FollowUpKind.FOLLOW_UP)
        .addAfter(Span.of(1, Unit.MONTHS), Span.of(3, Unit.MONTHS))
        .qualifyingEndings(NationalFloor.FOLLOW_UP.qualifying())
        .addTracks(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG)
        .source(Source.of("ODS-U2", "Der foretages, efter 1 md og efter 3 mdr., opfølgning på borgere, der har været "
                + "i stofmisbrugsbehandling")
            .withNote("3 months, not the 6 of NAT-U1: encoded as written. Drug treatment only; the four statuses "
                + "'færdigbehandlet', 'udskrevet til andet tilbud', 'udskrevet til hospital', 'anden årsag'."))
        .build();
  }

  // ---------------------------------------------------------------- free choice (ODS-F1..F3)

  private static List<Criterion> freeChoiceOpenQuestions() {
    return List.of(
        Criterion.discretionary(
            "Can the professional guidelines and goals of the treatment plan be followed at the chosen offer?",
            Source.of("ODS-F3", "det skal være muligt at følge de faglige retningslinjer og mål, som er beskrevet i "
                + "behandlingsplanen")),
        Criterion.discretionary(
            "Is the chosen place able to meet the citizen's treatment needs? The team assesses it from "
                + "Tilbudsportalen and possibly personal contact, and advises the citizen.",
            Source.of("ODS-F3", "Ud fra dette vil der blive lavet en faglig vurdering af, om stedet vurderes i stand "
                    + "til at opfylde borgerens behandlingsbehov.")
                .withNote("From the section on external providers; advice to the citizen, not a refusal.")));
  }

  private static List<FreeChoiceRule> freeChoice() {
    return List.of(
        FreeChoiceRule.builder()
            .addTracks(Track.SOCIAL_DRUG, Track.MEDICAL_DRUG)
            .visitationRequired(true)
            .equivalentCharacterRequired(true)
            .listingRequired(true)
            .addAllOpenQuestions(freeChoiceOpenQuestions())
            .source(Source.of("ODS-F1", "Borgere, som ønsker stofmisbrugsbehandling, har mulighed for - efter "
                    + "forudgående visitation - at vælge et andet behandlingstilbud end det, der tilbydes i "
                    + "Rusmiddelteamet.")
                .withNote("Equivalent character and Tilbudsportalen from ODS-F3."))
            .build(),
        FreeChoiceRule.builder()
            .addTracks(Track.ALCOHOL)
            .visitationRequired(false)
            .addWithoutVisitationOnly(OfferKind.OUTPATIENT)
            .equivalentCharacterRequired(true)
            .listingRequired(true)
            .addAllOpenQuestions(freeChoiceOpenQuestions())
            .source(Source.of("ODS-F2", "Borgere, som ønsker behandling for alkoholmisbrug, har mulighed for frit af "
                    + "vælge et andet ambulante behandlingstilbud uden forudgående visitation af Rusmiddelteamet.")
                .withNote("Another outpatient offer only; the ODS-F3 limits are read as holding for alcohol too."))
            .build());
  }

  // ---------------------------------------------------------------- fees (ODS-E1..E3)

  private static List<FeeRule> fees() {
    Source board = Source.of("ODS-E2", "Der kan dog forekomme egenbetaling for kost og logi ved døgnbehandling for "
            + "stofmisbrug, hvis dette er økonomisk muligt for borgeren.")
        .withNote("Drug treatment only; the seed states no basis for the amount.");
    return List.of(
        FeeRule.builder()
            .item(FeeItem.TREATMENT)
            .charge(Charge.FREE)
            .source(Source.of("ODS-E1", "Behandling for alkohol og stofmisbrug er gratis.")
                .withNote("'Det gælder både den socialfaglige- og den medicinske del af behandlingen.'"))
            .build(),
        FeeRule.builder()
            .item(FeeItem.BOARD)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .charge(Charge.CHARGED_IF_AFFORDABLE)
            .source(board)
            .build(),
        FeeRule.builder()
            .item(FeeItem.LODGING)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(Track.SOCIAL_DRUG)
            .charge(Charge.CHARGED_IF_AFFORDABLE)
            .source(board)
            .build(),
        FeeRule.builder()
            .item(FeeItem.TRANSPORT)
            .addOfferKinds(OfferKind.DAY, OfferKind.RESIDENTIAL)
            .charge(Charge.PAID_BY_MUNICIPALITY)
            .source(Source.of("ODS-E3", "Ved visitation til dag- eller døgnbehandling er transporten til og fra "
                + "behandlingsstedet betalt af Rusmiddelteamet."))
            .build());
  }

  // ---------------------------------------------------------------- gift cards (ODS-O4)

  private static GiftCardScheme giftCards() {
    return GiftCardScheme.builder()
        .id("move-gift-cards")
        .addOfferKinds(OfferKind.MOVE)
        .source(Source.of("ODS-O4", "hvor der er mulighed for at arbejde med gavekort for at styrke fremmødet i "
                + "behandlingen")
            .withNote("The seed states no earning rule, card value, cap or age: every figure is left empty."))
        .build();
  }

  // ---------------------------------------------------------------- complaints (ODS-C1..C3)

  private static List<ComplaintRoute> complaints() {
    return List.of(
        ComplaintRoute.builder()
            .subject(ComplaintSubject.SOCIAL_TREATMENT)
            .body("Odsherred Kommune")
            .appealTo("Ankestyrelsen")
            .source(Source.of("ODS-C1", "Hvis kommunen fastholder afgørelsen, sender kommunen klagen videre til "
                    + "Ankestyrelsen sammen med dokumenterne i sagen.")
                .withNote("The seed gives the municipality's 4 weeks to reconsider, not the citizen's time limit "
                    + "(NAT-C1), so no limit is recorded."))
            .build(),
        ComplaintRoute.builder()
            .subject(ComplaintSubject.ANONYMOUS_TREATMENT)
            .body("Odsherred Kommune")
            .appealable(false)
            .source(Source.of("ODS-C1", "Hvis borgeren er uenig i den afgørelse, som Rusmiddelteamet har truffet om "
                    + "den sociale behandling for stofmisbrug jf. SEL § 101 og 101a, kan borgeren klage over "
                    + "afgørelsen.")
                .withNote("The seed lists § 101 a here, but decisions under § 101 a, stk. 4-5 cannot be appealed "
                    + "(NAT-A4): encoded as not appealable."))
            .build(),
        ComplaintRoute.builder()
            .subject(ComplaintSubject.HEALTH_TREATMENT)
            .body("Styrelsen for Patientsikkerhed")
            .address("Finsensvej 15, 2000 Frederiksberg")
            .source(Source.of("ODS-C2", "Klager over den sundhedsfaglige del af behandlingen, der gives efter "
                + "Sundhedslovens § 141 og § 142, skal sendes til: Styrelsen for Patientsikkerhed"))
            .build(),
        ComplaintRoute.builder()
            .subject(ComplaintSubject.CASE_HANDLING)
            .body("Lederen af Rusmiddelteamet")
            .appealTo("Centerchefen for Center for Social- og arbejdsmarked")
            .source(Source.of("ODS-C3", "Klager over personalet skal sendes til lederen af Rusmiddelteamet.")
                .withNote("'Hvis borgeren ikke er tilfreds med, hvordan klagen behandles, kan borgeren gå videre med "
                    + "klagen til Centerchefen for Center for Social- og arbejdsmarked.'"))
            .build());
  }

  // ---------------------------------------------------------------- provider requirements (ODS-R1)

  private static List<ProviderRequirement> providerRequirements() {
    return List.of(
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.DAY, OfferKind.RESIDENTIAL)
            .text("The team's practitioner takes part, with the citizen, in the pre-meeting, the midway status "
                + "meeting and the final status meeting.")
            .source(Source.of("ODS-R1", "deltager behandleren fra Rusmiddelteamet, sammen med den visiterede borger, "
                + "i for-samtale, midtvejs-statusmøde, og slut-statusmøde."))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.DAY, OfferKind.RESIDENTIAL)
            .text("The provider sends a written midway and final status, and reports irregularities in the agreed "
                + "course as they arise.")
            .source(Source.of("ODS-R1", "Der stilles desuden krav om skriftlig midtvejs- og slutstatus på forløbet fra "
                + "behandlingsstedet"))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.DAY, OfferKind.RESIDENTIAL)
            .text("Only offers approved by Socialtilsynet and listed on Tilbudsportalen are used.")
            .source(Source.of("ODS-R1", "Rusmiddelteamet benytter kun tilbud, der er godkendt af Socialtilsynet og som "
                    + "står opført på Tilbudsportalen")
                .withNote("Same section of the seed (requirements for external providers)."))
            .build());
  }

  // ---------------------------------------------------------------- key figures (ODS-Q1..Q3)

  private static List<KeyFigure> keyFigures() {
    return List.of(
        KeyFigure.builder()
            .measure("Citizens in treatment who are clean and/or sober after treatment")
            .percent(35)
            .bound(Bound.AT_LEAST)
            .source(Source.of("ODS-Q1", "35 % af borgerne i behandling er clean og/eller ædru efter endt behandling."))
            .build(),
        KeyFigure.builder()
            .measure("Citizens in treatment who have reduced their use after treatment")
            .percent(35)
            .bound(Bound.AT_LEAST)
            .source(Source.of("ODS-Q2", "35 % af borgerne i behandling har reduceret deres forbrug efter endt "
                + "behandling."))
            .build(),
        KeyFigure.builder()
            .measure("Citizens who return to treatment within 12 months after it ended")
            .percent(30)
            .bound(Bound.AT_MOST)
            .source(Source.of("ODS-Q3", "Andelen af borgere, som efter afsluttet behandling, vender tilbage til "
                + "behandlingen indenfor 12 mdr. er maksimum 30 %."))
            .build());
  }

  // ---------------------------------------------------------------- coverage (NAT-Q1)

  /**
   * The required contents the seed covers. Left out: action-plan targets (no handleplan is
   * mentioned), gift-card guidelines (the seed names the possibility only), and staff
   * qualifications (the seed has a section, but the catalogue gives it no ODS rule to cite).
   */
  private static List<ContentCoverage> coverage() {
    return List.of(
        ContentCoverage.of(RequiredContent.TASKS, "ODS-O7"),
        ContentCoverage.of(RequiredContent.TARGET_GROUP, "ODS-M2"),
        ContentCoverage.of(RequiredContent.GOALS_VALUES_NORMS, "ODS-Q1", "ODS-Q2", "ODS-Q3"),
        ContentCoverage.of(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES,
            "ODS-O1", "ODS-O2", "ODS-O3", "ODS-O4", "ODS-O5", "ODS-O6", "ODS-O7"),
        ContentCoverage.of(RequiredContent.VISITATION, "ODS-V1"),
        ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "ODS-G1", "ODS-G2", "ODS-G3"),
        ContentCoverage.of(RequiredContent.FREE_CHOICE, "ODS-F1", "ODS-F2", "ODS-F3"),
        ContentCoverage.of(RequiredContent.TREATMENT_PLAN, "ODS-U1"),
        ContentCoverage.of(RequiredContent.USER_INVOLVEMENT, "ODS-U1"),
        ContentCoverage.of(RequiredContent.BOARD_AND_LODGING_PAYMENT, "ODS-E1", "ODS-E2", "ODS-E3"),
        ContentCoverage.of(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "ODS-C1", "ODS-C2", "ODS-C3"),
        ContentCoverage.of(RequiredContent.MONITORING, "ODS-U2", "ODS-Q1", "ODS-Q2", "ODS-Q3"));
  }

  // ---------------------------------------------------------------- statements

  private static List<Statement> statements() {
    return List.of(
        Statement.of(Topic.SCOPE,
            "Covers alcohol treatment (SUL § 141) and drug treatment (SEL §§ 101 and 101 a, SUL § 142).",
            Source.of("ODS-M1", "Kvalitetsstandard for Alkoholbehandling efter Sundhedslovens §141, og "
                + "Stofmisbrugsbehandling efter Servicelovens § 101 og 101a, og Sundhedslovens § 142.")),
        Statement.of(Topic.SCOPE,
            "The council revises the standard at least every second year; the next revision is due by December 2026.",
            Source.of("ODS-M1", "Revideres næste gang senest december 2026.")),
        Statement.of(Topic.TARGET_GROUP,
            "Citizens aged 12 and over with an alcohol and/or drug problem, including those with a co-occurring "
                + "mental illness, and their relatives.",
            Source.of("ODS-M2", "Målgruppen er borgere fra 12 år og opefter, der har et alkohol- og/eller "
                + "stofproblem.")),
        Statement.of(Topic.VISITATION,
            "The team visits to the least intrusive effort judged effective; an internal visitation committee decides "
                + "on day and residential treatment; the offer is a written decision that can be appealed.",
            Source.of("ODS-V1", "Som udgangspunkt visiteres altid til den mindst indgribende indsats, som samtidig "
                + "vurderes til at være effektiv.")),
        Statement.of(Topic.SCOPE,
            "The 14 days may be set aside when the citizen uses free choice (NAT-G2); anonymous treatment under "
                + "SEL § 101 a is outside the guarantee (NAT-G3).",
            Source.of("ODS-G3", "Anonym stofmisbrugsbehandling efter SEL § 101a er ikke omfattet af "
                    + "behandlingsgarantien.")
                .withNote("Also 'Fristen på 14 dage kan dog fraviges, hvis borgeren - efter frit valgs ordningen - "
                    + "vælger et andet behandlingstilbud end det, der er visiteret til.'")),
        Statement.of(Topic.ANONYMITY,
            "In alcohol treatment the citizen may stay anonymous through the whole course, unless medical treatment "
                + "is needed alongside.",
            Source.of("ODS-A1", "Borgere i alkoholbehandling har mulighed for at bevare anonymiteten gennem hele "
                + "behandlingsforløbet. Er der sideløbende behov for medicinsk behandling kan anonymiteten dog ikke "
                + "opretholdes.")),
        Statement.of(Topic.ANONYMITY,
            "In drug treatment a citizen as a rule cannot stay anonymous; the exception is anonymous group treatment "
                + "under SEL § 101 a.",
            Source.of("ODS-A2", "Borgere i stofmisbrugsbehandling kan som hovedregel ikke bevare anonymiteten, hvis de "
                + "ønsker at indgå i et behandlingsforløb.")),
        Statement.of(Topic.USER_INVOLVEMENT,
            "The plan is made and evaluated together with the citizen, and a citizen whose cooperation with the "
                + "practitioner does not work may change practitioner.",
            Source.of("ODS-U1", "Fungerer samarbejdet mellem borger og behandler ikke optimalt, er der mulighed for at "
                    + "skifte til en anden behandler.")
                .withNote("From the user-involvement section, which the catalogue files under the plan rules.")),
        Statement.of(Topic.APPLICATION,
            "A citizen may complain personally or be represented by proxy by another person, an association or a "
                + "lawyer.",
            Source.of("ODS-C3", "kan også ved fuldmagt lade sig repræsentere af en anden person, en forening eller af "
                + "en advokat.")),
        Statement.of(Topic.CHILDREN_AND_FAMILY,
            "Staff have a heightened duty to notify when a child or young person may need support (cited as "
                + "SEL § 153); notifications go to Center for Børn, Unge og Familier.",
            Source.of("ODS-S1", "Rusmiddelteamets medarbejdere har, jvf. Servicelovens § 153, skærpet "
                + "underretningspligt")),
        Statement.of(Topic.SPECIAL_GROUPS,
            "Pregnant citizens who use substances can be referred to, and followed closely with, the family "
                + "outpatient clinic in Slagelse.",
            Source.of("ODS-S1", "Er der tale om gravide med et rusmiddelbrug, er der mulighed for henvisning til og tæt "
                + "samarbejde med familieambulatoriet i Slagelse.")));
  }
}
