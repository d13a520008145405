package dk.kvalitetsstandard.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several commands of the tool in one process, so that the class-data-sharing archive the build
 * writes at its exit ({@code -XX:ArchiveClassesAtExit}, see the launcher) holds the classes of every
 * command a person is likely to start, not only of one. The arguments are the command lines, separated
 * by an argument {@code ;}; what the commands write is discarded. Fails if a command does.
 */
final class ArchiveTraining {

  private ArchiveTraining() {}

  /**
   * Runs the command lines in {@code args}, separated by {@code ;}.
   *
   * @param args the command lines
   */
  public static void main(String[] args) {
    // As StandardsCli.main: the same logging binding, so that the same classes are loaded.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    List<List<String>> commands = new ArrayList<>();
    List<String> command = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(";")) {
        commands.add(command);
        command = new ArrayList<>();
      } else {
        command.add(arg);
      }
    }
    commands.add(command);
    PrintWriter discarded = new PrintWriter(Writer.nullWriter());
    for (List<String> line : commands) {
      int code = new StandardsCliTool().run(discarded, discarded, line.toArray(String[]::new));
      if (code != 0) {
        throw new IllegalStateException("the command " + line + " ended with exit code " + code);
      }
    }
    System.out.println("ran " + commands.size() + " commands: " + Arrays.toString(args));
  }
}
