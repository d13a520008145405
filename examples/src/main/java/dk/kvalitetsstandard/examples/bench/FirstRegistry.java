package dk.kvalitetsstandard.examples.bench;

import dk.kvalitetsstandard.registry.StandardRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times the first {@link StandardRegistry#defaultRegistry()} of a fresh JVM: every provider found
 * and every packaged standard built. Prints the time on the clock and the main thread's processor
 * time, in milliseconds. Run it cold, several times, and take the median:
 *
 * <pre>{@code
 * for i in 1 2 3 4 5; do java -cp examples/target/standards-cli.jar dk.kvalitetsstandard.examples.bench.FirstRegistry; done
 * }</pre>
 */
public final class FirstRegistry {

  private FirstRegistry() {}

  /**
   * Loads the default registry once and prints how long it took.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    StandardRegistry registry = StandardRegistry.defaultRegistry();
    long wallMs = (System.nanoTime() - wall) / 1_000_000;
    long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    System.out.println(registry.all().size() + " standards: " + wallMs + " ms on the clock, " + cpuMs + " ms of processor time");
  }
}
