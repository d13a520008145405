package dk.kvalitetsstandard.jammerbugt;

import static dk.kvalitetsstandard.law.Track.ALCOHOL;
import static dk.kvalitetsstandard.law.Track.ANONYMOUS_DRUG;
import static dk.kvalitetsstandard.law.Track.MEDICAL_DRUG;
import static dk.kvalitetsstandard.law.Track.SOCIAL_DRUG;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
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
 * Builds Jammerbugt Kommune's "Kvalitetsstandard for Rusmiddelindsatsen 2022-2023" (Rusmiddelcenter
 * Jammerbugt) from its published text, rules JAM-*. One
 * private method per section of the standard; every element carries its rule ID and a verbatim
 * quote of the seed.
 *
 * <h2>Reading decisions</h2>
 * <ul>
 *   <li><b>Pending edits.</b> The seed carries editorial changes that are asked for but not yet
 *       made: the complaint recipient for social treatment ("Ønskes rettet fra: Job og Tværgående
 *       Indsats … Til Rusmiddelcenter Jammerbugt, Gl. Landevej 70 …", JAM-C1), the word "akutte" in
 *       the aims of the medical examination ("(akutte slettes …)", JAM-D2), and the Kriminalforsorgen
 *       contact ("(ønskes tilrettes til; "Kontakten går direkte til Rusmiddelcenter Jammerbugt, tlf.
 *       7257 7684)"). The intended ("til") text is encoded and each source note says that the seed
 *       marks it as a pending change. The case-handling recipient (JAM-C2) is not marked for change
 *       and stays Job og Tværgående indsats, Borgervænget 12.</li>
 *   <li><b>Metadata (JAM-M1).</b> The seed gives the years "2022 – 2023" and no adoption date or
 *       adopting body: validity is 1 January 2022 to 31 December 2023 and adoption is
 *       {@link AdoptionStatus#UNDATED}. It cites the predecessor executive order BEK nr. 430 af 30/4
 *       2014 as a whole, and so does the library. Under-18s are cited under SEL § 140, as the seed writes.</li>
 *   <li><b>Framing sections.</b> The catalogue gives the seed's presentation, purpose, values,
 *       staff, cooperation and law sections no rule ID of their own; they are carried under JAM-M1
 *       (the standard as a whole), with a note saying so.</li>
 *   <li><b>Tracks.</b> The centre's general offers serve drugs (SEL § 101) and alcohol (SUL § 141),
 *       as their "Lovgrundlag" says. MOVE cites only SEL § 101, stk. 9-12 and is on the social drug
 *       track only. Anonymous outpatient treatment is the anonymous track; substitution the medical
 *       track; the medical examination serves the social and medical drug tracks (JAM-D2: "behandling
 *       for stofmisbrug").</li>
 *   <li><b>Guarantee (JAM-G1).</b> The seed promises an <em>offer</em> within 14 days of the contact
 *       ({@link Promise#OFFER}), for drugs and alcohol; the clock starts at the first contact. It says
 *       nothing of under-18s.</li>
 *   <li><b>Follow-up (JAM-D1).</b> Two relapse-prevention talks within 12 months of a completed
 *       course, both due at the latest 12 months after the end. The seed has no follow-up 1 and 6
 *       months after the end (NAT-U1); none is added here: that shortfall is reported by core.</li>
 *   <li><b>Group size (JAM-O4).</b> "dog max 6-8 deltagere" gives the cap as a range; the outer figure
 *       is encoded as the cap (at most 8 participants) and no minimum.</li>
 *   <li><b>NADA duration (JAM-O10).</b> "i op til et par måneder" is not a number and the course is
 *       arranged individually: the duration is left empty.</li>
 *   <li><b>Gift cards (JAM-O5).</b> "et gavekort på 200 kr. ved hver anden samtale": one card of DKK 200
 *       per two attended conversations among the 12 weekly treatment conversations; the screening
 *       conversation and the six-month follow-up earn none; the seed sets no cap.</li>
 *   <li><b>Combinations (JAM-O3).</b> "kan både kombineres med og efterfølges af andre tilbud" is read
 *       as the centre's other outpatient offers that the seed itself describes as running alongside
 *       (group, NADA, psychological screening and assessment).</li>
 *   <li><b>Fees (JAM-E1).</b> Board and lodging may be charged only in residential treatment for drug
 *       use, as the seed says; it says nothing of a charge in residential alcohol treatment, so none
 *       is encoded there.</li>
 *   <li><b>Complaints.</b> The seed names no complaint limit (NAT-C1 lives in core) and no route for
 *       anonymous treatment. Health complaints go to "Patientombuddet" as the seed names it; its tasks
 *       have passed to Styrelsen for Patientsikkerhed (NAT-C3).</li>
 *   <li><b>Plan review.</b> The seed sets no schedule for reviewing the treatment plan:
 *       {@link ReviewMode#INDIVIDUAL}.</li>
 * </ul>
 *
 * <p>This class is not instantiable; the standard it builds is immutable and thread-safe.
 */
final class JammerbugtStandard {

  static final Municipality JAMMERBUGT = Municipality.of("Jammerbugt", "jammerbugt", "0849");

  static final String TITLE = "Kvalitetsstandard for Rusmiddelindsatsen 2022-2023";

  private static final String PENDING = "The seed marks this as a pending change; the intended ('til') text is encoded. ";

  private static final String FRAMING = "The catalogue gives this section of the seed no rule ID of its own;"
      + " it is carried under JAM-M1, the standard as a whole.";

  private JammerbugtStandard() {}

  static QualityStandard build() {
    return QualityStandard.builder()
        .municipality(JAMMERBUGT)
        .title(TITLE)
        .adoption(adoption())
        .validity(validity())
        .addTracks(SOCIAL_DRUG, ANONYMOUS_DRUG, MEDICAL_DRUG, ALCOHOL)
        .citedLaw(citedLaw())
        .addAllOffers(offers())
        .addAllContactPoints(contactPoints())
        .addAllGuarantees(guarantees())
        .addAllDeadlines(deadlines())
        .addAllPlanReviews(planReviews())
        .addAllFollowUps(followUps())
        .addAllFreeChoice(freeChoice())
        .addAllFees(fees())
        .addAllGiftCards(giftCards())
        .addAllComplaints(complaints())
        .addAllProviderRequirements(providerRequirements())
        .addAllCoverage(coverage())
        .addAllStatements(statements())
        .build();
  }

  // ---------------------------------------------------------------- metadata (JAM-M1)

  /** No adoption date or body anywhere in the seed: undated, never invented. */
  private static Adoption adoption() {
    return Adoption.builder()
        .status(AdoptionStatus.UNDATED)
        .source(Source.of("JAM-M1", "Kvalitetsstandard for Rusmiddelindsatsen")
            .withNote("The seed states no date of adoption and no adopting body; it names only the years 2022-2023."))
        .build();
  }

  /** "2022 – 2023": from the first day of 2022 to the last day of 2023. */
  private static Validity validity() {
    return Validity.builder()
        .from(LocalDate.of(2022, 1, 1))
        .to(LocalDate.of(2023, 12, 31))
        .source(Source.of("JAM-M1", "2022 – 2023")
            .withNote("The seed gives whole years; read as 1 January 2022 to 31 December 2023."))
        .build();
  }

  /**
   * The provisions the seed cites, as written and in the seed's order: the outdated ones
   * (SEL § 140 for under-18s, BEK nr. 430 af 30/4 2014) included.
   */
  private static List<LegalReference> citedLaw() {
    return List.of(
        LegalReference.of(Act.SUL, "141"),
        LegalReference.of(Act.SEL, "101"),
        LegalReference.of(Act.SEL, "140"),
        LegalReference.of(Act.SEL, "101", 9),
        LegalReference.of(Act.SEL, "101", 10),
        LegalReference.of(Act.SEL, "101", 11),
        LegalReference.of(Act.SEL, "101", 12),
        LegalReference.of(Act.SUL, "142"),
        LegalReference.of(Act.BEK_430_2014),
        LegalReference.of(Act.SEL, "153"),
        LegalReference.of(Act.SEL, "10"),
        LegalReference.of(Act.SEL, "11"),
        LegalReference.of(Act.SEL, "12"),
        LegalReference.of(Act.SEL, "16"),
        LegalReference.of(Act.SEL, "81"),
        LegalReference.of(Act.SEL, "107", 2),
        LegalReference.of(Act.SEL, "141"));
  }

  // ---------------------------------------------------------------- offers (JAM-O1..O12, JAM-D2)

  private static List<Offer> offers() {
    return List.of(openCounselling(), anonymousOutpatient(), yourChoice(), outpatient(), group(), move(),
        motivational(), aftercareGroup(), psychologicalScreening(), psychologistSupport(),
        psychologicalAssessment(), nada(), residential(), substitution(), medicalExamination());
  }

  /** JAM-O1: open counselling, free, for relatives too; the citizen may stay anonymous. */
  private static Offer openCounselling() {
    return Offer.builder()
        .id("open-counselling")
        .name("Åben rådgivning")
        .type(OfferType.COUNSELLING)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Free open counselling by phone for anyone with alcohol or drug problems, relatives included;"
            + " the citizen may stay anonymous.")
        .anonymity(Anonymity.ANONYMITY_POSSIBLE)
        .forRelatives(true)
        .source(Source.of("JAM-O1", "Tilbuddet er gratis og gælder også for pårørende."))
        .build();
  }

  /**
   * JAM-O1: anonymous outpatient treatment, closed to a citizen with other social challenges: the
   * same line as SEL § 101 a, stk. 1, so not narrower than the law.
   */
  private static Offer anonymousOutpatient() {
    return Offer.builder()
        .id("anonymous-outpatient")
        .name("Anonym ambulant behandling")
        .type(OfferType.ANONYMOUS_OUTPATIENT)
        .addTracks(ANONYMOUS_DRUG)
        .description("Anonymous outpatient treatment; staff explain the details on contact.")
        .addCriteria(Criterion.requires(CitizenFact.OTHER_SOCIAL_PROBLEMS, false,
            "Has no other social challenges that call for a holistic effort",
            Source.of("JAM-O1", "Hvis borger har andre sociale udfordringer, er der behov for en helhedsorienteret"
                + " indsats, og borger har derfor ikke mulighed for at være anonym.")))
        .source(Source.of("JAM-O1",
            "Borger kan vælge at være anonym, og der er mulighed for at modtage anonym ambulante behandling"))
        .build();
  }

  /** JAM-O2: "Your Choice", counselling for young people aged 15-25, 1-5 anonymous conversations. */
  private static Offer yourChoice() {
    return Offer.builder()
        .id("your-choice")
        .name("Your Choice")
        .type(OfferType.COUNSELLING)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Voluntary counselling for young people with problematic use: 1-5 anonymous conversations;"
            + " a longer treatment course if needed.")
        .addFormats(Format.INDIVIDUAL)
        .sessions(Span.between(1, 5, Unit.SESSIONS))
        .minAge(15)
        .maxAge(25)
        .anonymity(Anonymity.ANONYMOUS)
        .addProviders("Rusmiddelcenter Jammerbugt", "SSP Jammerbugt")
        .source(Source.of("JAM-O2", "unge mellem 15-25 år, som har et problematisk forbrug af rusmidler. Der tilbydes"
            + " mellem 1-5 anonyme samtaler med en rusmiddelkonsulent"))
        .build();
  }

  /** JAM-O3: individual outpatient conversations, typically one of about 45 minutes a week. */
  private static Offer outpatient() {
    return Offer.builder()
        .id("outpatient")
        .name("Ambulant samtalebehandling")
        .type(OfferType.OUTPATIENT)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Individual conversations, usually at the centre and possibly in the citizen's home;"
            + " intensity follows the citizen's needs; the length of the course is individual.")
        .addFormats(Format.INDIVIDUAL)
        .frequency(Frequency.of(Span.of(1, Unit.SESSIONS), Unit.WEEKS))
        .sessionLength(Span.of(45, Unit.MINUTES))
        .addCriteria(Criterion.discretionary("Assessed to benefit from the offer",
            Source.of("JAM-O3", "som vurderes at kunne profitere af tilbuddet")))
        .addCombinableWith("group", "nada", "psychological-screening", "psychological-assessment")
        .source(Source.of("JAM-O3", "typisk vil bestå af 1 ugentlig samtale af cirka 45 minutters varighed")
            .withNote("'cirka 45 minutter' is encoded as 45 minutes. 'kan både kombineres med og efterfølges af"
                + " andre tilbud' is read as the outpatient offers the seed runs alongside."))
        .build();
  }

  /** JAM-O4: group treatment, typically one weekly session of 2-3 hours, at most 6-8 participants. */
  private static Offer group() {
    return Offer.builder()
        .id("group")
        .name("Ambulant gruppebehandling")
        .type(OfferType.OUTPATIENT)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Group treatment mixing teaching, social skills training and cognitive behavioural therapy;"
            + " open or closed groups; alternates with individual treatment.")
        .addFormats(Format.GROUP)
        .frequency(Frequency.of(Span.of(1, Unit.SESSIONS), Unit.WEEKS))
        .sessionLength(Span.between(2, 3, Unit.HOURS))
        .groupSize(Span.upTo(8, Unit.PARTICIPANTS))
        .addCriteria(Criterion.discretionary("There are enough participants to form a group",
            Source.of("JAM-O4", "Borger kan, hvis der er deltagermæssigt grundlag for det, at tilbydes borger"
                + " deltagelse i gruppebehandling.")))
        .addCriteria(Criterion.discretionary("Assessed to benefit from the offer",
            Source.of("JAM-O4", "som vurderes at kunne profitere af tilbuddet")))
        .addCombinableWith("outpatient")
        .source(Source.of("JAM-O4", "Gruppebehandling vil typisk bestå af én ugentlig session på 2-3 timer.")
            .withNote("The seed caps groups at 'max 6-8 deltagere'; the outer figure is encoded as the cap"
                + " (at most 8 participants); no minimum is stated."))
        .build();
  }

  /** JAM-O5: MOVE for ages 15-25; its gift cards are {@link #giftCards()}. */
  private static Offer move() {
    return Offer.builder()
        .id("move")
        .name("MOVE")
        .type(OfferType.MOVE)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Structured course for young people: a screening conversation, 12 weekly treatment"
            + " conversations (cognitive behavioural therapy, motivational interviewing) and six months of"
            + " follow-up treatment.")
        .addFormats(Format.INDIVIDUAL)
        .frequency(Frequency.of(Span.of(1, Unit.SESSIONS), Unit.WEEKS))
        .sessions(Span.of(12, Unit.SESSIONS))
        .minAge(15)
        .maxAge(25)
        .addCriteria(Criterion.discretionary("Assessed to benefit from the offer",
            Source.of("JAM-O5", "som vurderes at kunne profitere af tilbuddet")))
        .source(Source.of("JAM-O5", "Metoden bygger på et struktureret samtaleforløb, som består af en"
            + " screeningsamtale, 12 ugentlige behandlingssamtaler og en opfølgende behandling over seks måneder.")
            .withNote("MOVE is a way of giving outpatient treatment (NAT-F7). Its target group, young people 'med et"
                + " behandlingskrævende rusmiddelbrug', names any intoxicant, so it serves the alcohol track as well as"
                + " the social drug track, although the seed's legal basis cites only SEL § 101, stk. 9-12."
                + " 'sessions' counts the 12 weekly treatment conversations, not the screening or the follow-up."))
        .build();
  }

  /** JAM-O6: motivational conversations for citizens not ready for regular treatment. */
  private static Offer motivational() {
    return Offer.builder()
        .id("motivational")
        .name("Motiverende samtaleforløb")
        .type(OfferType.MOTIVATIONAL)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Individual motivational conversations to clarify whether the citizen wants and is able to"
            + " change their use; the length is individual.")
        .addFormats(Format.INDIVIDUAL)
        .addCriteria(Criterion.discretionary("Assessed as too undecided to enter regular outpatient treatment",
            Source.of("JAM-O6", "Borgere som er vurderes at være for uafklarede til at kunne indgå i egentligt"
                + " ambulante rusmiddelbehandling.")))
        .source(Source.of("JAM-O6", "Det motiverende samtaleforløb sigter mod de borgere, som ikke er 100% motiveret"
            + " i forhold til at indgå i regulær rusmiddelbehandling."))
        .build();
  }

  /** JAM-O7: aftercare group for those who completed treatment here or elsewhere. */
  private static Offer aftercareGroup() {
    return Offer.builder()
        .id("aftercare-group")
        .name("Efterbehandlingsgruppe")
        .type(OfferType.AFTERCARE)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Guided self-help group, mainly dialogue, to keep free of substances after treatment;"
            + " individual conversations alongside when needed.")
        .addFormats(Format.GROUP)
        .addCriteria(Criterion.discretionary(
            "Has completed a treatment course at Rusmiddelcenter Jammerbugt or another relevant institution",
            Source.of("JAM-O7", "Målgruppen er borgere, som har gennemført rusmiddelbehandlingsforløb i regi af"
                + " Rusmiddelcenter Jammerbugt eller ved anden relevant behandlingsinstitution.")))
        .addCriteria(Criterion.discretionary(
            "Coming from an external course: at least one preliminary meeting to judge fitness for the group",
            Source.of("JAM-O7", "afholdes der inden opstart i efterbehandlingsgruppen minimum en forsamling")))
        .addCombinableWith("outpatient")
        .source(Source.of("JAM-O7", "Der tilbydes efterbehandling som en integreret del af behandlingsforløbet."))
        .build();
  }

  /** JAM-O8: psychological screening, 1-3 conversations within 1-5 weeks. */
  private static Offer psychologicalScreening() {
    return Offer.builder()
        .id("psychological-screening")
        .name("Psykologisk screening")
        .type(OfferType.PSYCHOLOGICAL_SCREENING)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Screening for mental health problems by conversation and possibly tests, with a written"
            + " description and a feedback conversation; may lead to referral or supportive psychologist talks.")
        .addFormats(Format.INDIVIDUAL)
        .sessions(Span.between(1, 3, Unit.SESSIONS))
        .duration(Span.between(1, 5, Unit.WEEKS))
        .addCriteria(Criterion.discretionary(
            "No mental health problems described before, or the current state is hard to assess",
            Source.of("JAM-O8", "Screening er relevant for borgere, hvor der ikke tidligere er beskrevet psykiske"
                + " udfordringer, eller hvor det er svært at vurdere den aktuelle tilstand.")))
        .addCombinableWith("outpatient", "psychologist-support")
        .source(Source.of("JAM-O8", "Selve forløbet vil typisk forløbe over 1-3 samtaler.")
            .withNote("Duration from the same section: 'Forløbet kan afvikles indenfor 1-5 uger.'"))
        .build();
  }

  /** JAM-O8: five supportive conversations with a psychologist, when the screening finds it relevant. */
  private static Offer psychologistSupport() {
    return Offer.builder()
        .id("psychologist-support")
        .name("Støttende samtaler hos psykolog")
        .type(OfferType.OUTPATIENT)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Five supportive conversations with a psychologist of the health and labour-market department.")
        .addFormats(Format.INDIVIDUAL)
        .sessions(Span.of(5, Unit.SESSIONS))
        .addCriteria(Criterion.discretionary("Found relevant on the basis of the psychological screening",
            Source.of("JAM-O8", "Hvis det vurderes relevant, kan der på baggrund af den psykologiske screening også"
                + " tilbydes fem støttende samtaler")))
        .addProviders("Sundheds- og Arbejdsmarkedsafdelingen")
        .source(Source.of("JAM-O8", "tilbydes fem støttende samtaler hos psykolog i Sundheds- og"
            + " Arbejdsmarkedsafdelingen."))
        .build();
  }

  /** JAM-O9: psychological assessment, normally 2-5 conversations with tests, within 3-6 weeks. */
  private static Offer psychologicalAssessment() {
    return Offer.builder()
        .id("psychological-assessment")
        .name("Psykologisk vurdering")
        .type(OfferType.PSYCHOLOGICAL_ASSESSMENT)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("In-depth assessment with tests and a written report answering the referral question,"
            + " closed by a feedback conversation.")
        .addFormats(Format.INDIVIDUAL)
        .sessions(Span.between(2, 5, Unit.SESSIONS))
        .duration(Span.between(3, 6, Unit.WEEKS))
        .addCriteria(Criterion.discretionary(
            "Suspected mental disorder, personality disorder or cognitive difficulties",
            Source.of("JAM-O9", "hvor borgers vanskeligheder er begrundet i mistanke om mulig psykisk lidelse,"
                + " personlighedsforstyrrelse eller kognitive vanskeligheder")))
        .addCombinableWith("outpatient")
        .source(Source.of("JAM-O9", "Selve forløbet vil normalt bestå af 2- 5 samtaler")
            .withNote("Duration from the same section: 'Forløbet kan afvikles indenfor 3-6 uger.'"))
        .build();
  }

  /**
   * JAM-O10: NADA ear acupuncture. Under 18 needs a parent's or guardian's consent; a criterion has
   * no age range in the core vocabulary, so the criterion's text says that it binds under-18s only.
   */
  private static Offer nada() {
    return Offer.builder()
        .id("nada")
        .name("NADA-behandling")
        .type(OfferType.NADA)
        .addTracks(SOCIAL_DRUG, ALCOHOL, MEDICAL_DRUG)
        .description("Ear acupuncture at the same 5 points in both ears, by a certified NADA practitioner; not"
            + " medical treatment; before or alongside outpatient or medical treatment, typically for up to a"
            + " couple of months, arranged individually.")
        .frequency(Frequency.of(Span.between(2, 3, Unit.SESSIONS), Unit.WEEKS))
        .sessionLength(Span.of(45, Unit.MINUTES))
        .addCriteria(Criterion.discretionary("Assessed as appropriate before or alongside an outpatient course",
            Source.of("JAM-O10", "Målgruppen er borgere, hvor det vurderes hensigtsmæssigt at tilbyde NADA som"
                + " behandling inden eller sideløbende med opstart evt et ambulante behandlingsforløb.")))
        .addCriteria(Criterion.requires(CitizenFact.PARENTAL_CONSENT, true,
            "A citizen under 18 needs the consent of a parent or guardian",
            Source.of("JAM-O10", "Behandling af unge under 18 kræver som ved al anden behandling samtykke af"
                + " forælder eller værge.")).onlyUpToAge(17))
        .addCombinableWith("outpatient", "substitution")
        .source(Source.of("JAM-O10", "NADA-behandlingen består af øreakupunktur på de samme 5 punkter i begge ører"
            + " over 45 minutter, gerne 2-3 gange ugentligt ved certificeret NADA-behandler.")
            .withNote("'i op til et par måneder' is not a number and the course is arranged individually:"
                + " no duration is encoded."))
        .build();
  }

  /** JAM-O11 (with JAM-M2): residential treatment at external approved institutions, usually 3-6 months. */
  private static Offer residential() {
    return Offer.builder()
        .id("residential")
        .name("Døgnbehandling")
        .type(OfferType.RESIDENTIAL)
        .addTracks(SOCIAL_DRUG, ALCOHOL)
        .description("Intensive treatment at approved external institutions, granted by the visitation committee;"
            + " always followed by an aftercare plan and outpatient conversations after discharge.")
        .duration(Span.between(3, 6, Unit.MONTHS))
        .external(true)
        .addCriteria(Criterion.discretionary("The outpatient offer is judged not sufficient for the citizen",
            Source.of("JAM-O11", "Visitationsudvalget kan visitere til døgnbehandlingsforløb ved eksterne aktører,"
                + " såfremt det vurderes, at det ambulante tilbud ikke er tilstrækkeligt for borgeren.")))
        .addCriteria(Criterion.discretionary("What has been tried before weighs in the decision",
            Source.of("JAM-M2", "Dog vil der blive lagt vægt på, som en del af afgørelsen, hvad der forinden er"
                + " forsøgt.")))
        .source(Source.of("JAM-O11", "Døgnbehandling foregår på godkendte døgninstitutioner og varer oftest mellem"
            + " 3 og 6 måneder."))
        .build();
  }

  /** JAM-O12: substitution treatment by the centre's doctors, dispensed by home nursing. */
  private static Offer substitution() {
    return Offer.builder()
        .id("substitution")
        .name("Substitutionsbehandling")
        .type(OfferType.SUBSTITUTION)
        .addTracks(MEDICAL_DRUG)
        .description("Medical treatment of opioid dependence, prescribed by the centre's consultant doctors and"
            + " normally dispensed by home nursing; other medical treatment and detox go through the citizen's own"
            + " doctor.")
        .addCriteria(Criterion.discretionary("Becoming drug-free is not possible for the citizen at this time",
            Source.of("JAM-O12", "Substitutionsbehandling tilbydes, hvis borgers muligheder for stoffrihed på et"
                + " givet tidspunkt ikke er muligt.")))
        .addProviders("Lægekonsulenterne, Rusmiddelcenter Jammerbugt")
        .addCombinableWith("nada")
        .source(Source.of("JAM-O12", "Medicin ordineres af lægekonsulenterne, og udlevering af medicin foregår som"
            + " udgangspunkt via hjemmesygeplejen."))
        .build();
  }

  /**
   * JAM-D2: the medical examination offered within 14 days (its deadline is in {@link #deadlines()}).
   * The pending deletion of "akutte" is applied: the aim is problems needing treatment, not acute ones.
   */
  private static Offer medicalExamination() {
    return Offer.builder()
        .id("medical-examination")
        .name("Lægeundersøgelse")
        .type(OfferType.DOCTOR_CONSULTATION)
        .addTracks(SOCIAL_DRUG, MEDICAL_DRUG)
        .description("Examination by the centre's consultant doctors: confirm the drug problem (examination, urine"
            + " test, degree of dependence), find complications and other health, mental and social problems,"
            + " identify and treat problems needing treatment, and make a treatment plan. Acute problems are for"
            + " the citizen's own doctor or the out-of-hours doctor.")
        .addFormats(Format.INDIVIDUAL)
        .addProviders("Lægekonsulenterne, Rusmiddelcenter Jammerbugt")
        .source(Source.of("JAM-D2", "(akutte slettes, da vi ikke behandler akutte problemstillinger – dette er egen"
            + " læge eller vagtlæge)")
            .withNote(PENDING + "The first aim reads 'At identificere og behandle eventuelle behandlingskrævende"
                + " problemstillinger', without 'akutte'."))
        .build();
  }

  // ---------------------------------------------------------------- contact points and routing

  private static List<ContactPoint> contactPoints() {
    return List.of(
        ContactPoint.builder()
            .name("Rusmiddelcenter Jammerbugt")
            .role("Open counselling and the way into every treatment offer, through the centre's practitioners")
            .phone("7257 7684")
            .address("Industrivej 2B, Aabybro")
            .forRelatives(true)
            .source(Source.of("JAM-O1", "Alle som har problemer på grund af alkohol og stoffer, kan henvende sig til"
                + " Jammerbugt Kommunes rusmiddelsbehandlere på tlf. 7257 7684.")
                .withNote("Address from 'Åben rådgivning foregår som udgangspunkt på Industrivej 2B i Aabybro.'"))
            .build(),
        ContactPoint.builder()
            .name("Rusmiddelcenter Jammerbugt")
            .role("Contact for Kriminalforsorgen about citizens in its care, for example with a treatment sentence")
            .phone("7257 7684")
            .applyHere(false)
            .source(Source.of("JAM-M1", "Kontakten går direkte til Rusmiddelcenter Jammerbugt, tlf. 7257 7684")
                .withNote(PENDING + "It replaces the named coordinator (tlf. 4191 2128). " + FRAMING))
            .build(),
        ContactPoint.builder()
            .name("Familieambulatoriet, Region Nordjylland")
            .role("Help for pregnant citizens with risky use of alcohol, drugs or medicines; open referral")
            .applyHere(false)
            .source(Source.of("JAM-S2", "Der er åben visitation til Familieambulatoriet, og en gravid har også"
                + " mulighed for at henvende sig for at få hjælp."))
            .build(),
        ContactPoint.builder()
            .name("Rusmiddelcenter Jammerbugt")
            .role("Receives complaints about social treatment under SEL § 101")
            .address("Gl. Landevej 70, Birkelse, 9440 Aabybro")
            .email("rus@jammerbugt.dk")
            .applyHere(false)
            .source(Source.of("JAM-C1", "Mail rus@jammerbugt.dk")
                .withNote(PENDING + "It replaces Job og Tværgående Indsats, Borgervænget 12, 9460 Brovst."))
            .build(),
        ContactPoint.builder()
            .name("Patientombuddet")
            .role("Receives complaints about the health-professional treatment (tasks since passed to Styrelsen for"
                + " Patientsikkerhed, NAT-C3)")
            .address("Finsensvej 15, 2000 Frederiksberg")
            .phone("72 28 66 00")
            .web("www.patientombuddet.dk")
            .applyHere(false)
            .source(Source.of("JAM-C3", "Tlf.: 72 28 66 00")
                .withNote("The seed names Patientombuddet, whose tasks have passed to Styrelsen for"
                    + " Patientsikkerhed (NAT-C3)."))
            .build());
  }

  // ---------------------------------------------------------------- guarantee (JAM-G1)

  /** An offer, not a start, within 14 days of the contact, for drugs and alcohol (where a standard falls below the law). */
  private static List<GuaranteeRule> guarantees() {
    return List.of(GuaranteeRule.builder()
        .addTracks(SOCIAL_DRUG, MEDICAL_DRUG, ALCOHOL)
        .clockStart(ClockStart.FIRST_CONTACT)
        .promise(Promise.OFFER)
        .minors(MinorsRule.NOT_STATED)
        .source(Source.of("JAM-G1", "Jammerbugt Kommune skal give tilbud om behandling senest 14 dage efter at en"
            + " borger har henvendt sig med et ønske om behandling."))
        .build());
  }

  // ---------------------------------------------------------------- deadlines (JAM-D2)

  private static List<DeadlineRule> deadlines() {
    return List.of(DeadlineRule.builder()
        .kind(DeadlineKind.MEDICAL_EXAMINATION)
        .limit(Span.of(14, Unit.DAYS))
        .addTracks(SOCIAL_DRUG, MEDICAL_DRUG)
        .source(Source.of("JAM-D2", "Borgere, som ønsker behandling for stofmisbrug tilbydes en lægeundersøgelse"
            + " senest 14 dage efter henvendelse."))
        .build());
  }

  // ---------------------------------------------------------------- plan review

  /** The plan is made at the medical examination; the seed sets no schedule for reviewing it. */
  private static List<PlanReviewRule> planReviews() {
    return List.of(PlanReviewRule.builder()
        .mode(ReviewMode.INDIVIDUAL)
        .source(Source.of("JAM-D2", "At udarbejde en behandlingsplan samt vurdere behov for henvisning til somatisk"
            + " eller psykiatrisk speciallæge og behov for sociale behandlingsindsatser.")
            .withNote("The plan is made as part of the medical examination; the seed states no review schedule."))
        .build());
  }

  // ---------------------------------------------------------------- follow-up (JAM-D1)

  /** Two relapse-prevention talks within 12 months of a completed course; no NAT-U1 follow-up is stated. */
  private static List<FollowUpRule> followUps() {
    return List.of(FollowUpRule.builder()
        .kind(FollowUpKind.RELAPSE_PREVENTION)
        .addAfter(Span.of(12, Unit.MONTHS), Span.of(12, Unit.MONTHS))
        .addQualifyingEndings(EndStatus.COMPLETED)
        .source(Source.of("JAM-D1", "Borgere, som er vurderet færdigbehandlede tilbydes 2 tilbagefaldsforebyggende"
            + " samtaler i op til 12 måneder efter endt behandling.")
            .withNote("Both talks are due at the latest 12 months after the end. The seed names no follow-up 1 and"
                + " 6 months after the end (NAT-U1)."))
        .build());
  }

  // ---------------------------------------------------------------- free choice (JAM-F1, JAM-F2)

  private static List<FreeChoiceRule> freeChoice() {
    return List.of(
        FreeChoiceRule.builder()
            .addTracks(SOCIAL_DRUG, ALCOHOL)
            .visitationRequired(true)
            .equivalentCharacterRequired(true)
            .addOpenQuestions(Criterion.discretionary(
                "Can the guidelines and goals of the treatment plan still be followed at the chosen offer?",
                Source.of("JAM-F1", "at det stadig skal være muligt at følge de faglige retningslinjer og mål, som"
                    + " står beskrevet i behandlingsplanen")))
            .addOpenQuestions(Criterion.discretionary(
                "May the choice be set aside or limited for the citizen's own sake (NAT-F3)?",
                Source.of("JAM-F1", "I særlige tilfælde kan retten til frit valg tilsidesættes eller begrænses, hvis"
                    + " hensynet til borgeren taler for det.")))
            .source(Source.of("JAM-F1", "Det frie valg af behandlingstilbud er begrænset i det omfang, at"
                + " behandlingstilbuddet skal være af samme karakter, som det borgeren har fået tilbudt")
                .withNote("The seed's example: a citizen offered outpatient treatment cannot choose residential."))
            .build(),
        FreeChoiceRule.builder()
            .addTracks(MEDICAL_DRUG)
            .visitationRequired(true)
            .addOpenQuestions(Criterion.discretionary("The chosen institution may refuse the citizen",
                Source.of("JAM-F2", "En institution kan afvise at modtage en person, som har valgt institutionen.")))
            .addOpenQuestions(Criterion.discretionary("A public institution may refuse only for capacity reasons",
                Source.of("JAM-F2", "En offentlig institution kan dog kun afvise at modtage en person, som har valgt"
                    + " institutionen, hvis det er begrundet i kapacitetsmæssige hensyn.")))
            .source(Source.of("JAM-F2", "medmindre der er tale om lægelig behandling med diacetylmorfin (heroin)")
                .withNote("Restates NAT-F5: free choice of institution, except heroin-assisted treatment."))
            .build());
  }

  // ---------------------------------------------------------------- fees (JAM-E1)

  private static final Source BOARD_AND_LODGING = Source.of("JAM-E1", "kan borger blive opkrævet egenbetaling til"
      + " kost og logi. Egenbetalingen udregnes på baggrund af indkomstforhold og husleje til egen bolig.");

  /** Treatment free everywhere; board and lodging chargeable in residential drug treatment only. */
  private static List<FeeRule> fees() {
    return List.of(
        FeeRule.builder()
            .item(FeeItem.TREATMENT)
            .charge(Charge.FREE)
            .source(Source.of("JAM-E1", "Behandling for alkohol og stofmisbrug er gratis."))
            .build(),
        FeeRule.builder()
            .item(FeeItem.BOARD)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(SOCIAL_DRUG)
            .charge(Charge.CHARGED)
            .addDependsOn(AmountFactor.INCOME, AmountFactor.OWN_HOME_RENT)
            .source(BOARD_AND_LODGING)
            .build(),
        FeeRule.builder()
            .item(FeeItem.LODGING)
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .addTracks(SOCIAL_DRUG)
            .charge(Charge.CHARGED)
            .addDependsOn(AmountFactor.INCOME, AmountFactor.OWN_HOME_RENT)
            .source(BOARD_AND_LODGING)
            .build());
  }

  // ---------------------------------------------------------------- gift cards (JAM-O5)

  /** MOVE, 15-25: a card of DKK 200 per second of the 12 weekly conversations; no cap stated. */
  private static List<GiftCardScheme> giftCards() {
    return List.of(GiftCardScheme.builder()
        .id("move-gift-cards")
        .addOfferKinds(OfferKind.MOVE)
        .minAge(15)
        .maxAge(25)
        .countedSessions(12)
        .attendancesPerCard(2)
        .cardValueDkk(200)
        .followUpEarns(false)
        .source(Source.of("JAM-O5", "Den unge får et gavekort på 200 kr. ved hver anden samtale.")
            .withNote("Read as one card per two attended conversations among the 12 weekly treatment conversations;"
                + " the screening and the six-month follow-up earn none; the seed sets no maximum."))
        .build());
  }

  // ---------------------------------------------------------------- complaints (JAM-C1..C3)

  private static List<ComplaintRoute> complaints() {
    return List.of(
        ComplaintRoute.builder()
            .subject(ComplaintSubject.SOCIAL_TREATMENT)
            .body("Rusmiddelcenter Jammerbugt")
            .address("Gl. Landevej 70, Birkelse, 9440 Aabybro")
            .appealTo("Ankestyrelsen")
            .source(Source.of("JAM-C1", "Såfremt du ikke får medhold i din klage fremsendes denne efterfølgende til"
                + " Ankestyrelsen til videre sagsbehandling.")
                .withNote(PENDING + "The seed asks to change the recipient from Job og Tværgående Indsats,"
                    + " Borgervænget 12, 9460 Brovst to Rusmiddelcenter Jammerbugt, Gl. Landevej 70, Birkelse,"
                    + " 9440 Aabybro (mail rus@jammerbugt.dk). No time limit is stated (NAT-C1 applies)."))
            .build(),
        ComplaintRoute.builder()
            .subject(ComplaintSubject.CASE_HANDLING)
            .body("Job og Tværgående indsats")
            .address("Att. Afdelingsleder for Rusmiddelcenter Jammerbugt, Borgervænget 12, 9460 Brovst")
            .source(Source.of("JAM-C2", "Eventuelle klager over sagsbehandlingstiden og personalets optræden kan ikke"
                + " behandles af Ankestyrelsen. Der er ingen klagefrist."))
            .build(),
        ComplaintRoute.builder()
            .subject(ComplaintSubject.HEALTH_TREATMENT)
            .body("Patientombuddet")
            .address("Finsensvej 15, 2000 Frederiksberg")
            .source(Source.of("JAM-C3", "Hvis du vil klage over den sundhedsfaglige behandling, som primært omfatter"
                + " undersøgelser af misbrug og behandling af misbruget eller afhængigheden, kan klagen sendes til:")
                .withNote("The seed names Patientombuddet, whose tasks have passed to Styrelsen for"
                    + " Patientsikkerhed (NAT-C3)."))
            .build());
  }

  // ---------------------------------------------------------------- provider requirements (JAM-O11)

  private static List<ProviderRequirement> providerRequirements() {
    return List.of(
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("Residential treatment takes place at approved residential institutions.")
            .source(Source.of("JAM-O11", "Døgnbehandling foregår på godkendte døgninstitutioner"))
            .build(),
        ProviderRequirement.builder()
            .addOfferKinds(OfferKind.RESIDENTIAL)
            .text("The centre supervises the institutions it refers to: whether the treatment is satisfactory and"
                + " whether the citizen cooperates.")
            .source(Source.of("JAM-O11", "Rusmiddelcenter Jammerbugt kvalitetssikrer løbende samarbejdet med de"
                + " behandlingsinstitutioner, der visiteres til."))
            .build());
  }

  // ---------------------------------------------------------------- required contents (NAT-Q1)

  /**
   * The contents of BEK nr. 1477 § 4, stk. 1 the seed covers. It has no targets for action plans
   * (only a reference to SEL § 141 in its list of laws) and no monitoring: those get no entry.
   */
  private static List<ContentCoverage> coverage() {
    return List.of(
        ContentCoverage.of(RequiredContent.TASKS, "JAM-O1", "JAM-O2", "JAM-O3", "JAM-O4", "JAM-O5", "JAM-O6",
            "JAM-O7", "JAM-O8", "JAM-O9", "JAM-O10", "JAM-O11", "JAM-O12"),
        ContentCoverage.of(RequiredContent.TARGET_GROUP, "JAM-M1", "JAM-O2", "JAM-O3", "JAM-O5", "JAM-O6", "JAM-O7",
            "JAM-O10"),
        ContentCoverage.of(RequiredContent.GOALS_VALUES_NORMS, "JAM-M1", "JAM-M2"),
        ContentCoverage.of(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, "JAM-M1", "JAM-O1", "JAM-O3", "JAM-O4",
            "JAM-O11", "JAM-O12"),
        ContentCoverage.of(RequiredContent.VISITATION, "JAM-M2", "JAM-O3", "JAM-O11"),
        ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "JAM-G1", "JAM-D2"),
        ContentCoverage.of(RequiredContent.FREE_CHOICE, "JAM-F1", "JAM-F2"),
        ContentCoverage.of(RequiredContent.TREATMENT_PLAN, "JAM-D2", "JAM-O11"),
        ContentCoverage.of(RequiredContent.USER_INVOLVEMENT, "JAM-M1"),
        ContentCoverage.of(RequiredContent.BOARD_AND_LODGING_PAYMENT, "JAM-E1"),
        ContentCoverage.of(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "JAM-C1", "JAM-C2", "JAM-C3"),
        ContentCoverage.of(RequiredContent.STAFF_QUALIFICATIONS, "JAM-M1"),
        ContentCoverage.of(RequiredContent.GIFT_CARDS, "JAM-O5"));
  }

  // ---------------------------------------------------------------- statements

  private static List<Statement> statements() {
    return List.of(
        Statement.of(Topic.SCOPE,
            "Covers drug treatment (SEL § 101), alcohol treatment (SUL § 141), under-18s (cited as SEL § 140) and"
                + " medical treatment (SUL § 142); written under the 2014 executive order on quality standards.",
            Source.of("JAM-M1", "Kvalitetsstandarden er udarbejdet ud fra Bekendtgørelse nr. 430 af 30/4 2014 om"
                + " kvalitetsstandard for social behandling for stofmisbrug efter § 101 i lov om social service.")
                .withNote("BEK nr. 430 af 30/4 2014 has been replaced by BEK nr. 1477 af 17/12/2019 (NAT-Q1);"
                    + " under-18s are served under Barnets lov since 2024 (NAT-Y1).")),
        Statement.of(Topic.TARGET_GROUP,
            "Citizens of Jammerbugt seeking treatment for abuse or harmful use of alcohol or drugs; support and"
                + " guidance also for professionals and relatives.",
            Source.of("JAM-M1", "Rusmiddelcenter Jammerbugt er et tilbud til borgere i Jammerbugt Kommune, som søger"
                + " behandling for et misbrug eller skadeligt forbrug af alkohol eller stoffer")
                .withNote(FRAMING)),
        Statement.of(Topic.GOALS_AND_VALUES,
            "Easy access to relevant, holistic and individually planned treatment that helps citizens stop, or"
                + " reduce and control, their use and avoid relapse.",
            Source.of("JAM-M1", "Rusmiddelcenter Jammerbugts mission er at sikre, at borgere i Jammerbugt Kommune"
                + " tilbydes og har nem adgang til relevant, helhedsorienteret og individuelt tilrettelagt"
                + " behandling.").withNote(FRAMING)),
        Statement.of(Topic.USER_INVOLVEMENT,
            "The citizen is involved, shares responsibility and plans the treatment together with the practitioner.",
            Source.of("JAM-M1", "Borgeren skal inddrages og gives et balanceret (med)ansvar").withNote(FRAMING)),
        Statement.of(Topic.STAFF,
            "Staff have a relevant professional education, are specialised and are trained further as needed.",
            Source.of("JAM-M1", "Medarbejderne i Rusmiddelcenter Jammerbugt har en faglig relevant grunduddannelse,"
                + " er fagligt specialiserede, og opkvalificeres løbende efter behov.").withNote(FRAMING)),
        Statement.of(Topic.CHILDREN_AND_FAMILY,
            "The centre is under the extended duty to notify (SEL § 153) and always cooperates with the family"
                + " department to protect children living at home (NAT-P4).",
            Source.of("JAM-M1", "Der etableres altid et samarbejde med Familieafdelingen for at sikre barnets tarv.")
                .withNote(FRAMING)),
        Statement.of(Topic.APPLICATION,
            "Outpatient treatment comes first, but the municipality cannot legally require an outpatient course"
                + " before granting residential treatment; a citizen can always apply for it, and what has been"
                + " tried before weighs in the decision.",
            Source.of("JAM-M2", "En borger kan altid søge om døgnbehandling.")),
        Statement.of(Topic.VISITATION,
            "Outpatient offers are allocated at the centre's weekly internal visitation meeting; residential"
                + " treatment by the visitation committee.",
            Source.of("JAM-O3", "Visitering til tilbuddet sker på ugentlig internt visitationsmøde.")),
        Statement.of(Topic.RESIDENTIAL_COURSE,
            "Residential treatment is always followed by an aftercare plan, and by outpatient conversations after"
                + " discharge; the supervising officer and the institution decide together when the stay ends.",
            Source.of("JAM-O11", "Behandlingen følges altid op af konkret efterbehandlingsplan for at forebygge"
                + " tilbagefald.")),
        Statement.of(Topic.SPECIAL_GROUPS,
            "Citizens with developmental disabilities get their primary support from the social department;"
                + " treatment at the centre is judged individually, and the centre advises in cooperation with"
                + " the social department.",
            Source.of("JAM-S1", "Tilbud om behandling vil blive vurderet individuelt, og med baggrund i borgers"
                + " behov.")),
        Statement.of(Topic.SPECIAL_GROUPS,
            "Pregnant citizens: cooperation with the family outpatient clinic of Region Nordjylland; staff who learn"
                + " of a pregnant woman's risky use must set up cooperation between health visitors and the centre.",
            Source.of("JAM-S2", "er denne forpligtet til at etablere et samarbejde mellem Sundhedsplejen samt"
                + " Rusmiddelcenter Jammerbugt.")),
        Statement.of(Topic.SPECIAL_GROUPS,
            "A pregnant drug user offered residential treatment is offered a treatment contract with possible"
                + " retention, signed before treatment starts (NAT-R2); retention only on a reasoned presumption"
                + " that she will break off and that not retaining her would be irresponsible.",
            Source.of("JAM-S2", "Kontrakten skal indgås, før behandlingen påbegyndes.")));
  }
}
