package dk.kvalitetsstandard.examples.template;

import dk.kvalitetsstandard.law.RequiredContent;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.spi.StandardProvider;
import dk.kvalitetsstandard.standard.Adoption;
import dk.kvalitetsstandard.standard.AdoptionStatus;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.ContentCoverage;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.FeeRule;
import dk.kvalitetsstandard.standard.FollowUpRule;
import dk.kvalitetsstandard.standard.GuaranteeRule;
import dk.kvalitetsstandard.standard.Municipality;
import dk.kvalitetsstandard.standard.Offer;
import dk.kvalitetsstandard.standard.OfferType;
import dk.kvalitetsstandard.standard.QualityStandard;
import dk.kvalitetsstandard.standard.Source;
import dk.kvalitetsstandard.standard.Validity;

/**
 * The smallest complete plug-in: the quality standard of a further municipality, here the
 * placeholder "Eksempelby" (code 0000, no real municipality). Copy it, give it your municipality's
 * name, slug and code, and replace every element with what your standard says, each with your own
 * rule ID and a short quote of your text. The README walks through it step by step.
 *
 * <p>It is registered by {@code META-INF/services/dk.kvalitetsstandard.spi.StandardProvider} (kept
 * apart, in {@code src/test/template}, so that the five real standards stay the tool's only ones);
 * a modular plug-in also declares it in {@code module-info.java}:
 * {@code provides dk.kvalitetsstandard.spi.StandardProvider with ...TemplateStandardProvider;}.
 */
public final class TemplateStandardProvider implements StandardProvider {

  /** Built once: a standard is immutable. */
  private static final QualityStandard STANDARD = QualityStandard.builder()
      // 1. Who: name, slug, four-digit municipality code.
      .municipality(Municipality.of("Eksempelby", "eksempelby", "0000"))
      .title("Kvalitetsstandard for social behandling for stofmisbrug")
      // 2. Adoption and validity: never invent a date. A draft has none.
      .adoption(Adoption.builder().status(AdoptionStatus.DRAFT)
          .source(Source.of("EKS-M1", "Vedtaget af kommunalbestyrelsen den [dato]")).build())
      .validity(Validity.builder().source(Source.of("EKS-M1", "Vedtaget af kommunalbestyrelsen den [dato]")).build())
      // 3. The tracks the standard covers.
      .addTracks(Track.SOCIAL_DRUG)
      // 4. Offers, each with its kind, frequency and criteria.
      .addOffers(Offer.builder().id("outpatient").name("Ambulant behandling").type(OfferType.OUTPATIENT)
          .addTracks(Track.SOCIAL_DRUG).minAge(18)
          .frequency(dk.kvalitetsstandard.standard.Frequency.of(Span.between(1, 4, Unit.SESSIONS), Unit.MONTHS))
          .source(Source.of("EKS-O1", "Ambulant behandling for borgere over 18 år")).build())
      // 5. The guarantee as the standard states it; the national floor is core's.
      .addGuarantees(GuaranteeRule.builder().addTracks(Track.SOCIAL_DRUG)
          .source(Source.of("EKS-G1", "Behandlingen starter senest 14 dage efter din henvendelse")).build())
      // 6. Follow-up after the end: here the national schedule, restated.
      .addFollowUps(FollowUpRule.national(Source.of("EKS-U1", "opfølgning senest 1 måned og igen 6 måneder efter")))
      // 7. Fees: treatment is free.
      .addFees(FeeRule.builder().item(FeeItem.TREATMENT).charge(Charge.FREE)
          .source(Source.of("EKS-E1", "Behandlingen er gratis")).build())
      // 8. Complaints.
      .addComplaints(ComplaintRoute.builder().subject(ComplaintSubject.SOCIAL_TREATMENT).body("Eksempelby Kommune")
          .appealTo("Ankestyrelsen").limit(Span.of(4, Unit.WEEKS))
          .source(Source.of("EKS-C1", "Du kan klage inden 4 uger")).build())
      // 9. Which of the fifteen required contents (NAT-Q1) the text covers.
      .addCoverage(ContentCoverage.of(RequiredContent.ORGANISATION_AND_TREATMENT_TYPES, "EKS-O1"),
          ContentCoverage.of(RequiredContent.TREATMENT_GUARANTEE, "EKS-G1"),
          ContentCoverage.of(RequiredContent.TREATMENT_PLAN, "EKS-U1"),
          ContentCoverage.of(RequiredContent.CASE_HANDLING_AND_COMPLAINTS, "EKS-C1"))
      .build();

  /** The public no-argument constructor that ServiceLoader needs. */
  public TemplateStandardProvider() {
    // Nothing to set up.
  }

  @Override
  public QualityStandard standard() {
    return STANDARD;
  }
}
