package dk.kvalitetsstandard.randers;

import static dk.kvalitetsstandard.conformance.StandardAssert.assertFor;

import dk.kvalitetsstandard.conformance.StandardAssert;
import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.questions.Attendance;
import dk.kvalitetsstandard.questions.GiftCardsQuestion;
import dk.kvalitetsstandard.questions.Profile;
import dk.kvalitetsstandard.questions.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Courses are written one letter per weekly session: A attended, N no-show, C cancelled with notice;
 * the course from Monday 5 January 2026, its follow-up treatment from Monday 27 April 2026.
 */
@DisplayName("Randers' gift cards: MOVE only, a card of DKK 200 for every second attendance in the first 14 sessions, at most 7")
class RandersGiftCardsTest {

  private static final StandardAssert RANDERS = assertFor("randers");

  private static List<Session> weekly(LocalDate first, String course) {
    List<Session> sessions = new ArrayList<>();
    for (int week = 0; week < course.length(); week++) {
      Attendance attendance = switch (course.charAt(week)) {
        case 'A' -> Attendance.ATTENDED;
        case 'N' -> Attendance.NO_SHOW;
        case 'C' -> Attendance.CANCELLED_WITH_NOTICE;
        default -> throw new IllegalArgumentException(course);
      };
      sessions.add(Session.of(first.plusWeeks(week), attendance));
    }
    return sessions;
  }

  private static StandardAssert.GiftCardsCheck cards(String offer, String course, String followUp) {
    return RANDERS.giftCards(GiftCardsQuestion.builder().municipality("randers").asOf(LocalDate.of(2026, 6, 1))
        .track(Track.SOCIAL_DRUG).offer(offer).citizen(Profile.builder().age(22).build())
        .addAllSessions(weekly(LocalDate.of(2026, 1, 5), course))
        .addAllFollowUpSessions(weekly(LocalDate.of(2026, 4, 27), followUp)).build());
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("Sixteen sessions attended: the first 14 count, 7 cards of DKK 200, DKK 1,400 in all")
  void fullCourse() {
    cards("move", "AAAAAAAAAAAAAAAA", "").earns(7).worth(1400).perCard(200).scheme("move-gift-cards")
        .decidedBy("RAN-K2");
  }

  @Test
  @Tag("RAN-K2")
  @DisplayName("One card for every second attendance: 1 attendance earns none, 2 and 3 one, 13 six")
  void everySecondAttendance() {
    cards("move", "A", "").earns(0).worth(0);
    cards("move", "AA", "").earns(1).worth(200);
    cards("move", "AAA", "").earns(1).worth(200);
    cards("move", "AAAAAAAAAAAAA", "").earns(6).worth(1200);
  }

  @Test
  @Tag("RAN-K3")
  @DisplayName("A no-show without notice loses that session and its chance of a card: one no-show among the first 14 "
      + "leaves 6 cards, whatever is attended after; a cancellation with notice loses nothing")
  void noShowForfeits() {
    cards("move", "ANAAAAAAAAAAAAAA", "").earns(6).worth(1200);
    cards("move", "ANA", "").earns(1).worth(200);
    cards("move", "CAAAAAAAAAAAAAA", "").earns(7).worth(1400);
  }

  @Test
  @Tag("RAN-K4")
  @DisplayName("The six-month follow-up treatment earns no cards and completes no pair: 13 course attendances and one "
      + "in follow-up earn 6")
  void followUpEarnsNothing() {
    cards("move", "AAAAAAAAAAAAA", "A").earns(6).worth(1200);
    cards("move", "", "AAAAAA").earns(0).worth(0);
  }

  @Test
  @Tag("RAN-K1")
  @Tag("RAN-O3")
  @DisplayName("Gift cards are used only in MOVE: 14 attendances in outpatient, family-oriented or residential "
      + "treatment earn none")
  void moveOnly() {
    for (String offer : List.of("outpatient", "family-oriented", "residential")) {
      cards(offer, "AAAAAAAAAAAAAA", "").earns(0).worth(0).decidedBy("RAN-K1").noScheme();
    }
    cards("MOVE", "AAAA", "").earns(2).worth(400);
  }
}
