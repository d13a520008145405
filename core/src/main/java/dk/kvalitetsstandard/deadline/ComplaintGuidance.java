package dk.kvalitetsstandard.deadline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.kvalitetsstandard.cases.Outcome;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The complaint guidance (klagevejledning) of one decision in a case: what the decision letter
 * must tell the citizen about complaining (Forvaltningsloven § 25). For a decision on social
 * treatment that does not grant in full: the last day to complain (the same day as the case's
 * {@link dk.kvalitetsstandard.standard.DeadlineKind#COMPLAINT} deadline, NAT-C1, D0-5), where to
 * send the complaint (the municipality's own complaint route where its standard gives one), and
 * that the municipality reconsiders the decision before the complaint goes on to Ankestyrelsen
 * (NAT-C5). A decision on anonymous treatment cannot be appealed (NAT-A4); a complaint about the
 * health-professional treatment goes to the body that handles such complaints (NAT-C3); one about
 * case handling has no time limit and does not go to Ankestyrelsen (NAT-C4). A decision that
 * grants in full needs no guidance, and the text says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaintGuidance.class)
@JsonDeserialize(as = ImmutableComplaintGuidance.class)
public abstract class ComplaintGuidance {

  /** {@return the date the citizen received the decision (the case's {@code DECISION_RECEIVED} event)} */
  public abstract LocalDate decisionReceived();

  /** {@return what the decision is about} */
  public abstract ComplaintSubject subject();

  /** {@return whether the decision granted, partly granted or refused} */
  public abstract Outcome outcome();

  /** {@return the course the decision was received in, 1 for the first (as the complaint limit's)} */
  @Value.Default
  public int course() {
    return 1;
  }

  /** {@return the catalogue ID of the rule that decides the guidance (for a complaint limit, the limit's rule)} */
  public abstract String rule();

  /** {@return the rule of the municipality's complaint route the guidance names, where the standard gives one} */
  public abstract Optional<String> routeRule();

  /** {@return the provision the guidance rests on, as a Danish citation; empty where none applies} */
  public abstract Optional<String> legalBasis();

  /** {@return where the citizen sends the complaint; empty where there is nowhere to complain} */
  public abstract Optional<String> complaintTo();

  /** {@return where the complaint goes on to if the decision is upheld; empty where it goes nowhere further} */
  public abstract Optional<String> appealTo();

  /** {@return the last day to complain; empty where there is no time limit (or no complaint)} */
  public abstract Optional<LocalDate> lastDay();

  /**
   * The paragraph the decision letter carries, addressed to the citizen, in the language asked
   * for; for a decision that grants in full, a note that no guidance is needed. Written when first
   * read.
   *
   * @return the paragraph, not null
   */
  public String text() {
    return textWritten().toString();
  }

  /** The paragraph, written when first read; {@code text} in JSON. */
  @JsonProperty("text")
  abstract LazyText textWritten();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComplaintGuidance}. */
  public static class Builder extends ImmutableComplaintGuidance.Builder {}
}
