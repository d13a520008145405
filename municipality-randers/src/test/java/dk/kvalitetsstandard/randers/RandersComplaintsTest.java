package dk.kvalitetsstandard.randers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kvalitetsstandard.law.Span;
import dk.kvalitetsstandard.law.Unit;
import dk.kvalitetsstandard.standard.ComplaintRoute;
import dk.kvalitetsstandard.standard.ComplaintSubject;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RandersComplaintsTest {

  private static final QualityStandard STANDARD = new RandersStandardProvider().standard();

  @Test
  @Tag("RAN-C1")
  @DisplayName("RAN-C1 decisions: complain within 4 weeks to Rusmiddelcenter Randers, which reconsiders; then Ankestyrelsen")
  void decisionComplaints() {
    ComplaintRoute route = route(ComplaintSubject.SOCIAL_TREATMENT);
    assertEquals("RAN-C1", route.source().rule());
    assertEquals("Rusmiddelcenter Randers", route.body());
    assertEquals(Optional.of("Ankestyrelsen"), route.appealTo());
    assertEquals(Optional.of(Span.of(4, Unit.WEEKS)), route.limit());
    assertTrue(route.appealable());
  }

  @Test
  @Tag("RAN-C2")
  @DisplayName("RAN-C2 case handling: complain to the head of social services (socialchefen); no deadline")
  void caseHandlingComplaints() {
    ComplaintRoute route = route(ComplaintSubject.CASE_HANDLING);
    assertEquals("RAN-C2", route.source().rule());
    assertEquals("Socialchefen", route.body());
    assertEquals(Optional.empty(), route.limit());
    assertEquals(Optional.empty(), route.appealTo(), "not handled by Ankestyrelsen (NAT-C4)");
  }

  @Test
  @Tag("RAN-C1")
  @Tag("RAN-C2")
  @DisplayName("RAN-C1, RAN-C2 only the two routes the seed gives; no address is invented")
  void onlyTheSeedsRoutes() {
    assertEquals(List.of(ComplaintSubject.SOCIAL_TREATMENT, ComplaintSubject.CASE_HANDLING),
        STANDARD.complaints().stream().map(ComplaintRoute::subject).toList());
    STANDARD.complaints().forEach(r -> assertEquals(Optional.empty(), r.address(), r.subject().name()));
  }

  private static ComplaintRoute route(ComplaintSubject subject) {
    return STANDARD.complaints().stream().filter(r -> r.subject() == subject).findFirst()
        .orElseThrow(() -> new AssertionError("no route for " + subject));
  }
}
