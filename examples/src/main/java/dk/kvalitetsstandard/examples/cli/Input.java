package dk.kvalitetsstandard.examples.cli;

import dk.kvalitetsstandard.cases.InvalidCaseException;
import dk.kvalitetsstandard.json.Json;
import dk.kvalitetsstandard.problem.Problem;
import dk.kvalitetsstandard.problem.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a command's input file, or standard input for {@code -}, as UTF-8 text. A file that cannot
 * be opened is a usage error; a file whose bytes are not UTF-8 text, or that is far larger than a
 * document may be, is a problem of the document (exit 1), reported before anything is parsed.
 */
final class Input {

  /** The most bytes read: room for {@link Json#MAX_DOCUMENT_LENGTH} characters of any kind. */
  static final int MAX_BYTES = (int) (4 * Json.MAX_DOCUMENT_LENGTH);

  private Input() {}

  /**
   * The text of {@code file}.
   *
   * @param document what the file holds, for messages: "case file", "question"
   */
  static String read(String file, InputStream stdin, String document) {
    byte[] bytes;
    if ("-".equals(file)) {
      try {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } catch (IOException e) {
        throw new UsageException("cannot read standard input: " + FileAccess.reason(e));
      }
    } else {
      Path path = FileAccess.path(file);
      if (Files.isDirectory(path)) {
        throw new UsageException("cannot read " + file + ": it is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UsageException("no such file: " + file);
      } catch (IOException e) {
        throw new UsageException("cannot read " + file + ": " + FileAccess.reason(e));
      }
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidCaseException(document, List.of(new Problem("", ProblemCode.DOCUMENT_TOO_LONG,
          "the document is larger than the limit of " + Json.MAX_DOCUMENT_LENGTH + " characters",
          "dokumentet er større end grænsen på " + Json.MAX_DOCUMENT_LENGTH + " tegn")));
    }
    String text = decode(bytes, document);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** {@code bytes} as UTF-8, refusing (not replacing) anything that is not. */
  private static String decode(byte[] bytes, String document) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InvalidCaseException(document, List.of(new Problem("", ProblemCode.NOT_UTF8,
          "the document is not UTF-8 text: the byte at offset " + in.position() + " does not belong to a UTF-8 character",
          "dokumentet er ikke UTF-8-tekst: byten ved position " + in.position() + " hører ikke til et UTF-8-tegn")));
    }
    return out.flip().toString();
  }
}
