package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.law.Track;
import dk.kvalitetsstandard.registry.Lookup;
import dk.kvalitetsstandard.standard.QualityStandard;
import java.time.LocalDate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: a short tour over every standard found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "A short tour over every standard found (the default command).")
final class DemoCommand implements Runnable {

  private final StandardsCli.Context context;

  @Option(names = "--date", paramLabel = "DATE", description = "The date to look the standards up on (ISO); default: today.")
  LocalDate date;

  DemoCommand(StandardsCli.Context context) {
    this.context = context;
  }

  @Override
  public void run() {
    LocalDate on = date != null ? date : context.today().get();
    var out = context.out();
    out.println("Quality standards for drug and alcohol treatment: " + context.registry().all().size()
        + " standards of " + context.registry().municipalities().size() + " municipalities, as on " + on);
    for (QualityStandard listed : context.registry().all()) {
      Lookup lookup = context.registry().find(listed.municipality().slug(), on);
      if (!lookup.standard().equals(listed)) {
        continue;
      }
      QualityStandard s = lookup.standard();
      out.println();
      out.println("== " + s.municipality().name() + " (" + s.municipality().code() + "): " + s.title());
      out.println("   " + Describe.adoption(s.adoption()) + "; validity " + s.validity() + "; " + Describe.inForce(lookup));
      out.println("   tracks: " + s.tracks().stream().map(Track::name).collect(Collectors.joining(", ")));
      out.println("   offers: " + s.offers().size() + " (" + s.offers().stream().map(o -> o.id()).collect(Collectors.joining(", ")) + ")");
      s.guarantees().forEach(g -> out.println("   guarantee: " + g.days() + " days from " + Describe.lower(g.clockStart())
          + " [" + g.clockRule().rule() + "]"));
      s.followUps().forEach(f -> out.println("   after the end: " + Describe.lower(f.kind()) + " after "
          + f.after().stream().map(Object::toString).collect(Collectors.joining(" and ")) + " [" + f.source().rule() + "]"));
      out.println("   gift cards: " + (s.giftCards().isEmpty() ? "no scheme"
          : s.giftCards().stream().map(g -> g.id() + g.cardValueDkk().map(v -> " at DKK " + v).orElse(", value not stated")
              + " [" + g.source().rule() + "]").collect(Collectors.joining("; "))));
      out.println("   required contents covered: " + s.coverage().size() + " of 15 (NAT-Q1)");
    }
    out.println();
    out.println("Try: list | show odsherred | show jammerbugt --date 2026-06-01 | show randers --json | --help");
  }
}
