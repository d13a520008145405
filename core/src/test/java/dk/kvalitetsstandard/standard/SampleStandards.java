package dk.kvalitetsstandard.standard;

import dk.kvalitetsstandard.law.Act;
import dk.kvalitetsstandard.law.LegalReference;
import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import java.time.LocalDate;

/** Standards for core's own tests: one that uses every element of the vocabulary. */
public final class SampleStandards {

  private SampleStandards() {}

  /** A complete, valid standard of a fictitious municipality, valid in the given period. */
  public static QualityStandard complete(String name, String slug, String code, LocalDate from, LocalDate to) {
    Source source = Source.of("TST-O1", "Ambulant behandling 2-8 gange om måneden");
    return QualityStandard.builder()
        .municipality(Municipality.of(name, slug, code))
        .title("Kvalitetsstandard for social behandling for stofmisbrug")
        .adoption(Adoption.builder().status(AdoptionStatus.ADOPTED).date(from.minusDays(14)).by("byrådet")
            .source(Source.of("TST-M1", "Godkendt i byrådet")).build())
        .validity(Validity.builder().from(from).to(to).source(Source.of("TST-M1", "Gælder fra")).build())
        .addTracks(Track.SOCIAL_DRUG, Track.ANONYMOUS_DRUG)
        .addCitedLaw(LegalReference.of(Act.SEL, "101"), LegalReference.of(Act.SEL, "101 a"))
        .addOffers(Offer.builder().id("outpatient").name("Ambulant behandling").type(OfferType.OUTPATIENT)
            .addTracks(Track.SOCIAL_DRUG).addFormats(Format.INDIVIDUAL, Format.GROUP)
            .frequency(Frequency.of(Span.between(2, 8, Unit.SESSIONS), Unit.MONTHS))
            .minAge(18).intensity(Intensity.MEDIUM)
            .addCriteria(Criterion.discretionary("Needs social drug treatment", source))
            .source(source).build())
        .addOffers(Offer.builder().id("anonymous").name("Anonym ambulant behandling").type(OfferType.ANONYMOUS_OUTPATIENT)
            .addTracks(Track.ANONYMOUS_DRUG).sessions(Span.upTo(10, Unit.SESSIONS))
            .addCriteria(Criterion.requires(CitizenFact.HAS_OWN_HOME, true, "Has a home",
                Source.of("TST-O2", "Har egen bolig")).narrowerThanTheLaw())
            .source(Source.of("TST-O2", "Anonym behandling")).build())
        .addContactPoints(ContactPoint.builder().name("Rådgivningen").role("Apply for treatment").phone("12 34 56 78")
            .maxAge(24).source(Source.of("TST-V1", "Under 25 år")).build())
        .addGuarantees(GuaranteeRule.builder().addTracks(Track.SOCIAL_DRUG).clockStart(ClockStart.IN_PERSON_ATTENDANCE)
            .source(Source.of("TST-G1", "Senest 14 dage")).build())
        .addDeadlines(DeadlineRule.builder().kind(DeadlineKind.PROVIDER_NOTICE).limit(Span.of(2, Unit.DAYS))
            .source(Source.of("TST-D1", "Inden for 2 dage")).build())
        .addPlanReviews(PlanReviewRule.builder().mode(ReviewMode.PERIODIC).interval(Span.of(6, Unit.MONTHS))
            .source(Source.of("TST-U1", "Mindst hver 6. måned")).build())
        .addFollowUps(FollowUpRule.national(Source.of("TST-U2", "1 og 6 måneder efter")))
        .addFreeChoice(FreeChoiceRule.builder().addTracks(Track.SOCIAL_DRUG)
            .addOpenQuestions(Criterion.discretionary("Can the plan be followed there?", Source.of("TST-F1", "Frit valg")))
            .source(Source.of("TST-F1", "Frit valg")).build())
        .addFees(FeeRule.builder().item(FeeItem.LODGING).addOfferKinds(OfferKind.RESIDENTIAL)
            .charge(Charge.CHARGED_UNLESS_HOME_ALREADY_PAID).addDependsOn(AmountFactor.INCOME)
            .source(Source.of("TST-E1", "Kost og logi")).build())
        .addGiftCards(GiftCardScheme.builder().id("move").addOfferKinds(OfferKind.MOVE).minAge(15).maxAge(25)
            .attendancesPerCard(2).cardValueDkk(200).source(Source.of("TST-K1", "Gavekort")).build())
        .addComplaints(ComplaintRoute.builder().subject(ComplaintSubject.SOCIAL_TREATMENT).body("Kommunen")
            .appealTo("Ankestyrelsen").limit(Span.of(4, Unit.WEEKS)).source(Source.of("TST-C1", "4 uger")).build())
        .addProviderRequirements(ProviderRequirement.builder().text("Approved by Socialtilsynet")
            .source(Source.of("TST-R1", "Godkendt")).build())
        .addKeyFigures(KeyFigure.builder().measure("Drug-free after treatment").percent(35).bound(Bound.AT_LEAST)
            .year(2026).source(Source.of("TST-Q1", "35 %")).build())
        .addCoverage(ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "TST-G1"))
        .addStatements(Statement.of(Topic.SCOPE, "Applies where the municipality acts", Source.of("TST-M2", "Handlekommune")))
        .build();
  }

  /** {@link #complete} for Testrup (code 0999), valid in 2025 and 2026. */
  public static QualityStandard complete() {
    return complete("Testrup", "testrup", "0999", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
  }
}
