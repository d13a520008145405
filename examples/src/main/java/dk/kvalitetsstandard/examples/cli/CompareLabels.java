package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.deadline.Status;
import dk.kvalitetsstandard.law.EndStatus;
import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.AgeLimited;
import dk.kvalitetsstandard.standard.AmountFactor;
import dk.kvalitetsstandard.standard.Charge;
import dk.kvalitetsstandard.standard.CitizenFact;
import dk.kvalitetsstandard.standard.ClockStart;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.DeadlineKind;
import dk.kvalitetsstandard.standard.FeeItem;
import dk.kvalitetsstandard.standard.MinorsRule;
import dk.kvalitetsstandard.standard.OfferKind;
import dk.kvalitetsstandard.standard.Promise;
import dk.kvalitetsstandard.standard.ReviewMode;
import dk.kvalitetsstandard.text.Language;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of {@code compare} in Danish or English: statuses, kinds of deadline, tracks, offers,
 * charges and the rest as a reader says them, never as the names in the code. Dates on the page
 * are written out ("19. januar 2026", "19 January 2026") and never broken over two lines; in the
 * text, where columns are narrow, table cells get the short form ("19.01.2026", "19 Jan 2026").
 * The month names are the library's own, so the output does not depend on the JDK's locale data.
 */
final class CompareLabels {

  private static final List<String> DANISH_MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni",
      "juli", "august", "september", "oktober", "november", "december");

  private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  /** A space that a browser does not break a line at. */
  private static final String NO_BREAK = "\u00a0";

  private final boolean danish;
  private final boolean forPage;

  private CompareLabels(boolean danish, boolean forPage) {
    this.danish = danish;
    this.forPage = forPage;
  }

  static CompareLabels of(Locale locale) {
    return new CompareLabels(Language.isDanish(locale), false);
  }

  /** These words for the page, where dates are written out and kept on one line. */
  CompareLabels forPage() {
    return new CompareLabels(danish, true);
  }

  boolean danish() {
    return danish;
  }

  Locale locale() {
    return danish ? Locale.forLanguageTag("da") : Locale.ENGLISH;
  }

  /** The language tag of the page: da or en. */
  String language() {
    return danish ? "da" : "en";
  }

  String pick(String da, String en) {
    return danish ? da : en;
  }

  // ---------------------------------------------------------------- dates and amounts

  /** A date in running text: "19. januar 2026", "19 January 2026". */
  String prose(LocalDate date) {
    String month = (danish ? DANISH_MONTHS : ENGLISH_MONTHS).get(date.getMonthValue() - 1);
    String text = danish ? date.getDayOfMonth() + ". " + month + " " + date.getYear()
        : date.getDayOfMonth() + " " + month + " " + date.getYear();
    return forPage ? text.replace(" ", NO_BREAK) : text;
  }

  /** A date in a table cell: written out on the page, short in the text ("19.01.2026", "19 Jan 2026"). */
  String date(LocalDate date) {
    if (forPage) {
      return prose(date);
    }
    return danish ? String.format(Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
        : date.getDayOfMonth() + " " + ENGLISH_MONTHS.get(date.getMonthValue() - 1).substring(0, 3) + " " + date.getYear();
  }

  /** How far {@code to} lies after {@code from}: "om 29 dage", "om 10 måneder", "i dag". */
  String until(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    if (days == 0) {
      return pick("i dag", "today");
    }
    if (days < 62) {
      return pick("om " + days + (days == 1 ? " dag" : " dage"), "in " + days + (days == 1 ? " day" : " days"));
    }
    long months = Math.round(days / 30.4375);
    return pick("om " + months + (months == 1 ? " måned" : " måneder"), "in " + months + (months == 1 ? " month" : " months"));
  }

  /** "Odsherreds", "Randers'"; "Odsherred's", "Randers'". */
  String possessive(String name) {
    if (danish) {
      return name.endsWith("s") || name.endsWith("x") || name.endsWith("z") ? name + "'" : name + "s";
    }
    return name.endsWith("s") ? name + "'" : name + "'s";
  }

  /** "a, b og c", "a, b and c". */
  String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + pick(" og ", " and ") + items.get(items.size() - 1);
  }

  /** "eller" joined: "a, b eller c". */
  String joinOr(List<String> items) {
    if (items.size() <= 1) {
      return join(items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + pick(" eller ", " or ") + items.get(items.size() - 1);
  }

  String unit(Unit unit, boolean one) {
    return switch (unit) {
      case MINUTES -> pick(one ? "minut" : "minutter", one ? "minute" : "minutes");
      case HOURS -> pick(one ? "time" : "timer", one ? "hour" : "hours");
      case DAYS -> pick(one ? "dag" : "dage", one ? "day" : "days");
      case WEEKS -> pick(one ? "uge" : "uger", one ? "week" : "weeks");
      case MONTHS -> pick(one ? "måned" : "måneder", one ? "month" : "months");
      case YEARS -> pick("år", one ? "year" : "years");
      case SESSIONS -> pick(one ? "samtale" : "samtaler", one ? "session" : "sessions");
      case PARTICIPANTS -> pick(one ? "deltager" : "deltagere", one ? "participant" : "participants");
    };
  }

  /** "14 dage", "1–5 samtaler", "mindst 8 samtaler", "op til 6 måneder". */
  String span(Span span) {
    if (span.isExact()) {
      return span.exactly() + " " + unit(span.unit(), span.exactly() == 1);
    }
    if (span.min().isPresent() && span.max().isPresent()) {
      return span.min().get() + "–" + span.max().get() + " " + unit(span.unit(), false);
    }
    return span.min().map(m -> pick("mindst ", "at least ") + m + " " + unit(span.unit(), m == 1))
        .orElseGet(() -> pick("op til ", "up to ") + span.max().orElse(0) + " " + unit(span.unit(), span.max().orElse(0) == 1));
  }

  /** A list of spans of one unit said once: "1 og 6 måneder"; of mixed units each with its own. */
  String spans(List<Span> spans) {
    boolean oneUnit = spans.stream().map(Span::unit).distinct().count() == 1 && spans.stream().allMatch(Span::isExact);
    if (oneUnit && spans.size() > 1) {
      return join(spans.stream().map(s -> String.valueOf(s.exactly())).toList()) + " " + unit(spans.get(0).unit(), false);
    }
    return join(spans.stream().map(this::span).toList());
  }

  /** An age range, or empty where there is no limit: "fra 18 år", "under 25 år", "15–25 år". */
  Optional<String> ages(AgeLimited limited) {
    Optional<Integer> min = limited.minAge().filter(m -> m > 0);
    Optional<Integer> max = limited.maxAge();
    if (min.isEmpty() && max.isEmpty()) {
      return Optional.empty();
    }
    if (max.isEmpty()) {
      return Optional.of(pick("fra " + min.get() + " år", min.get() + " and over"));
    }
    if (min.isEmpty()) {
      return Optional.of(pick("under " + (max.get() + 1) + " år", "under " + (max.get() + 1)));
    }
    return Optional.of(pick(min.get() + "–" + max.get() + " år", "aged " + min.get() + "–" + max.get()));
  }

  // ---------------------------------------------------------------- the words of the law and the standards

  String status(Status status) {
    return switch (status) {
      case MET -> pick("Overholdt", "Met");
      case BREACHED -> pick("Overskredet", "Breached");
      case PENDING -> pick("Løber", "Running");
      case WAIVED -> pick("Bortfaldet", "Set aside");
      case NOT_APPLICABLE -> pick("Gælder ikke", "Does not apply");
      case NEEDS_DECISION -> pick("Afventer afgørelse", "Awaits a decision");
      case NOT_STARTED -> pick("Ikke begyndt", "Not started");
      case LAPSED -> pick("Ikke benyttet", "Not used");
    };
  }

  String statusMeaning(Status status) {
    return switch (status) {
      case MET -> pick("Det skete inden for fristen.", "Done by the deadline.");
      case BREACHED -> pick("Det skete først efter fristen, eller fristen er passeret, uden at det er sket.",
          "Done only after the deadline, or the deadline has passed without it.");
      case PENDING -> pick("Fristen er ikke nået på opgørelsesdatoen.", "The deadline has not yet come on the date of the comparison.");
      case WAIVED -> pick("Borgeren har valgt en anden behandler, og loven lader garantien bortfalde.",
          "The citizen chose another provider, and the law lets the guarantee lapse.");
      case NOT_APPLICABLE -> pick("Reglen gælder ikke for sagen, fx ved anonym behandling eller et afslag.",
          "The rule does not cover the case, for example anonymous treatment or a refusal.");
      case NEEDS_DECISION -> pick("Fristen afhænger af en afgørelse, som ikke er truffet endnu.",
          "The deadline depends on a decision not yet made.");
      case NOT_STARTED -> pick("Det, der sætter fristen i gang, er ikke sket endnu.", "What starts the deadline has not happened yet.");
      case LAPSED -> pick("Borgeren klagede ikke inden for fristen.", "The citizen did not complain in time.");
    };
  }

  String deadline(DeadlineKind kind) {
    return switch (kind) {
      case TREATMENT_GUARANTEE -> pick("Behandlingsgaranti", "Treatment guarantee");
      case MEDICAL_EXAMINATION -> pick("Lægeundersøgelse", "Medical examination");
      case PLAN_REVIEW -> pick("Opfølgning på behandlingsplanen", "Review of the treatment plan");
      case ACTION_PLAN_CLARIFICATION -> pick("Afklaring af handleplan", "Action plan clarified");
      case PROVIDER_NOTICE -> pick("Behandlingsstedets underretning", "Provider's notice");
      case FOLLOW_UP -> pick("Opfølgning efter endt behandling", "Follow-up after treatment");
      case RELAPSE_PREVENTION -> pick("Tilbagefaldsforebyggende samtale", "Relapse-prevention talk");
      case COMPLAINT -> pick("Klagefrist", "Time limit for a complaint");
      case RECONSIDERATION -> pick("Genvurdering af klage", "Reconsideration of a complaint");
    };
  }

  /** A standard's own deadline with its time allowed: "Lægeundersøgelse inden for 14 dage". */
  String deadlineWithin(DeadlineKind kind, Span limit) {
    return deadline(kind) + pick(" inden for ", " within ") + span(limit);
  }

  String track(Track track) {
    return switch (track) {
      case SOCIAL_DRUG -> pick("Social stofmisbrugsbehandling", "Social drug treatment");
      case ANONYMOUS_DRUG -> pick("Anonym ambulant stofmisbrugsbehandling", "Anonymous outpatient drug treatment");
      case MEDICAL_DRUG -> pick("Lægelig stofmisbrugsbehandling", "Medical drug treatment");
      case ALCOHOL -> pick("Alkoholbehandling", "Alcohol treatment");
    };
  }

  /** The track in few words, for a list: "Social behandling", "Alkoholbehandling". */
  String trackShort(Track track) {
    return switch (track) {
      case SOCIAL_DRUG -> pick("Social behandling", "Social treatment");
      case ANONYMOUS_DRUG -> pick("Anonym behandling", "Anonymous treatment");
      case MEDICAL_DRUG -> pick("Lægelig behandling", "Medical treatment");
      case ALCOHOL -> pick("Alkoholbehandling", "Alcohol treatment");
    };
  }

  /** The track as the object of a sentence: "alkoholbehandling". */
  String trackInSentence(Track track) {
    return track(track).toLowerCase(Locale.ROOT);
  }

  String clockStart(ClockStart start) {
    return switch (start) {
      case FIRST_CONTACT -> pick("Første henvendelse", "The first contact");
      case CONTACT_INCLUDING_APPROVED_PROVIDER -> pick("Henvendelse til kommunen eller en godkendt behandler",
          "Contact with the municipality or an approved provider");
      case IN_PERSON_ATTENDANCE -> pick("Første personlige fremmøde", "The first attendance in person");
    };
  }

  String promise(Promise promise) {
    return switch (promise) {
      case START -> pick("At behandlingen er sat i gang", "That treatment has started");
      case OFFER -> pick("Kun at behandling er tilbudt", "Only that treatment is offered");
    };
  }

  String minors(MinorsRule rule, Optional<Integer> fromAge) {
    return switch (rule) {
      case APPLIES -> pick("Gælder som for voksne", "Applies as for adults")
          + fromAge.map(a -> pick(", fra " + a + " år", ", from age " + a)).orElse("");
      case NEEDS_DECISION -> pick("Først når myndigheden har truffet afgørelse", "Only once the authority has decided");
      case NOT_COVERED -> pick("Ikke omfattet", "Not covered");
      case NOT_STATED -> pick("Ikke nævnt", "Not stated");
    };
  }

  String review(ReviewMode mode, Optional<Span> interval) {
    return switch (mode) {
      case PERIODIC -> interval.map(i -> pick("Mindst hver " + (i.isExact() ? i.exactly() + ". " + unit(i.unit(), true) : span(i)),
          "At least every " + span(i))).orElse(pick("Med faste mellemrum", "Periodically"));
      case CONTINUOUS -> pick("Løbende", "Continuously");
      case AFTER_AGREED_PERIOD -> pick("Efter en aftalt periode", "After an agreed period");
      case INDIVIDUAL -> pick("Individuelt", "Individually");
    };
  }

  String ending(EndStatus status) {
    return switch (status) {
      case COMPLETED -> pick("færdigbehandlet", "completed");
      case OTHER_OFFER -> pick("overgået til andet tilbud", "moved to another offer");
      case HOSPITAL -> pick("indlagt", "admitted to hospital");
      case OTHER_REASON -> pick("afsluttet af anden grund", "ended for another reason");
      case DROPPED_OUT -> pick("udeblevet", "dropped out");
      case DECEASED -> pick("død", "deceased");
    };
  }

  String charge(Charge charge) {
    return switch (charge) {
      case FREE -> pick("Gratis", "Free");
      case CHARGED -> pick("Borgeren betaler", "The citizen pays");
      case CHARGED_UNLESS_HOME_ALREADY_PAID -> pick("Borgeren betaler, medmindre der allerede betales for egen bolig",
          "The citizen pays, unless already paying for a home");
      case CHARGED_IF_AFFORDABLE -> pick("Borgeren betaler, hvis økonomien tillader det", "The citizen pays if able to");
      case PAID_BY_MUNICIPALITY -> pick("Kommunen betaler", "The municipality pays");
    };
  }

  String factor(AmountFactor factor) {
    return switch (factor) {
      case INCOME -> pick("indtægt", "income");
      case NECESSARY_FIXED_EXPENSES -> pick("nødvendige faste udgifter", "necessary fixed expenses");
      case OBLIGATIONS -> pick("forpligtelser", "obligations");
      case MEANS -> pick("økonomi", "means");
      case FACILITY_RENT_AND_UTILITIES -> pick("stedets husleje og forbrug", "the facility's rent and utilities");
      case OWN_HOME_RENT -> pick("husleje for egen bolig", "rent for one's own home");
      case ACTUAL_COST -> pick("de faktiske udgifter, helt eller delvist", "the actual cost, in full or in part");
    };
  }

  String feeItem(FeeItem item) {
    return switch (item) {
      case TREATMENT -> pick("Selve behandlingen", "The treatment itself");
      case BOARD -> pick("Kost under døgnbehandling", "Board in residential treatment");
      case LODGING -> pick("Logi under døgnbehandling", "Lodging in residential treatment");
      case MEDICINE_OUTSIDE_TREATMENT -> pick("Medicin uden for behandlingen", "Medicine outside the treatment");
      case TRANSPORT -> pick("Transport", "Transport");
    };
  }

  String offerKind(OfferKind kind) {
    return switch (kind) {
      case COUNSELLING -> pick("Rådgivning", "Counselling");
      case OUTPATIENT -> pick("Ambulant behandling", "Outpatient treatment");
      case MOVE -> pick("MOVE", "MOVE");
      case DAY -> pick("Dagbehandling", "Day treatment");
      case RESIDENTIAL -> pick("Døgnbehandling", "Residential treatment");
      case ANONYMOUS_OUTPATIENT -> pick("Anonym ambulant behandling", "Anonymous outpatient treatment");
      case SUBSTITUTION -> pick("Substitutions- og medicinsk behandling", "Substitution and medical treatment");
    };
  }

  /** The kind as the object of a sentence: "dagbehandling", "MOVE". */
  String offerKindInSentence(OfferKind kind) {
    return kind == OfferKind.MOVE ? offerKind(kind) : offerKind(kind).toLowerCase(Locale.ROOT);
  }

  /** A small count in words, as running text writes it ("fem kommuner"); larger ones in figures. */
  String count(int n) {
    List<String> da = List.of("nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv");
    List<String> en = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve");
    return n >= 0 && n < da.size() ? pick(da.get(n), en.get(n)) : String.valueOf(n);
  }

  /**
   * A criterion decided on a fact, said as what the citizen must be or have, in a clause of its own
   * after "that" ("at borgeren ikke har brug for medicin"): Danish puts "ikke" before the verb there.
   */
  String factAfterThat(CitizenFact fact, boolean value) {
    if (!danish || value) {
      return fact(fact, value);
    }
    return switch (fact) {
      case SELF_SUPPORTING -> "ikke er selvforsørgende";
      case HAS_OWN_HOME -> "ikke har egen bolig";
      case WANTS_SUBSTITUTION -> "ikke ønsker substitutionsbehandling";
      case MENTAL_ILLNESS_NEEDING_TREATMENT -> "ikke har en behandlingskrævende sindslidelse";
      case OTHER_SOCIAL_PROBLEMS -> "ikke har andre sociale problemer";
      case PSYCHOLOGICAL_PROBLEMS -> "ikke har psykiske problemer";
      case NEEDS_MEDICINE -> "ikke har brug for medicin";
      case PREGNANT -> "ikke er gravid";
      case CHILDREN_UNDER_18 -> "ikke har børn under 18 år";
      case PARENTAL_CONSENT -> "ikke har forældres samtykke";
    };
  }

  /** A criterion decided on a fact, said as what the citizen must be or have ("Borgeren har ikke brug for medicin"). */
  String fact(CitizenFact fact, boolean value) {
    return switch (fact) {
      case SELF_SUPPORTING -> value ? pick("er selvforsørgende", "is self-supporting") : pick("er ikke selvforsørgende", "is not self-supporting");
      case HAS_OWN_HOME -> value ? pick("har egen bolig", "has a home") : pick("har ikke egen bolig", "has no home");
      case WANTS_SUBSTITUTION -> value ? pick("ønsker substitutionsbehandling", "asks for substitution treatment")
          : pick("ønsker ikke substitutionsbehandling", "does not ask for substitution treatment");
      case MENTAL_ILLNESS_NEEDING_TREATMENT -> value ? pick("har en behandlingskrævende sindslidelse", "has a mental illness that needs treatment")
          : pick("har ingen behandlingskrævende sindslidelse", "has no mental illness that needs treatment");
      case OTHER_SOCIAL_PROBLEMS -> value ? pick("har andre sociale problemer", "has other social problems")
          : pick("har ingen andre sociale problemer", "has no other social problems");
      case PSYCHOLOGICAL_PROBLEMS -> value ? pick("har psykiske problemer", "has psychological problems")
          : pick("har ingen psykiske problemer", "has no psychological problems");
      case NEEDS_MEDICINE -> value ? pick("har brug for medicin", "needs medicine") : pick("har ikke brug for medicin", "does not need medicine");
      case PREGNANT -> value ? pick("er gravid", "is pregnant") : pick("er ikke gravid", "is not pregnant");
      case CHILDREN_UNDER_18 -> value ? pick("har børn under 18 år", "has children under 18") : pick("har ikke børn under 18 år", "has no children under 18");
      case PARENTAL_CONSENT -> value ? pick("har forældres samtykke", "has a parent's consent") : pick("har ikke forældres samtykke", "has no parent's consent");
    };
  }

  String complaintSubject(ComplaintSubject subject) {
    return switch (subject) {
      case SOCIAL_TREATMENT -> pick("Afgørelser om social behandling", "Decisions on social treatment");
      case ANONYMOUS_TREATMENT -> pick("Anonym behandling", "Anonymous treatment");
      case HEALTH_TREATMENT -> pick("Den sundhedsfaglige behandling", "The health-professional treatment");
      case CASE_HANDLING -> pick("Sagsbehandlingen", "Case handling");
    };
  }

  /** A mark of a cell the reader should look at twice. */
  String flagExpired() {
    return pick("Udløbet", "Expired");
  }

  String flagEndsSoon() {
    return pick("Udløber snart", "Ends soon");
  }

  String flagNotYet() {
    return pick("Ikke trådt i kraft", "Not yet in force");
  }

  String flagRevision() {
    return pick("Ikke revideret", "Not revised");
  }

  String flagBelowLaw() {
    return pick("Under lovens niveau", "Below the law");
  }

  String flagFormer() {
    return pick("Forældet", "Out of date");
  }

  /** The cell of a column a row does not apply to. */
  String none() {
    return "–";
  }

  String notStated() {
    return pick("Ikke nævnt", "Not stated");
  }
}
