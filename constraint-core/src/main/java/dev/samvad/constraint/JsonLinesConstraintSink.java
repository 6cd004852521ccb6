package dev.samvad.constraint;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.json.SamvadJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes each analysis as one line of JSON (JSON Lines) to a {@link Writer} the host owns, and
 * flushes after each line. It opens nothing and closes nothing: the host decides where the writer
 * goes and when it is closed.
 *
 * <p>Thread-safe: concurrent exports are serialised so lines never interleave. An {@link
 * IOException} from the writer is rethrown as {@link UncheckedIOException}.
 */
public final class JsonLinesConstraintSink implements ConstraintSink {
  private static final ObjectWriter WRITER = mapper().writer();

  private final Writer out;

  /** A sink writing to {@code out}. */
  public JsonLinesConstraintSink(Writer out) {
    this.out = InvalidInputException.require(out, "out");
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = SamvadJson.newMapper();
    mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return mapper;
  }

  @Override
  public synchronized void export(ConstraintAnalysis analysis) {
    InvalidInputException.require(analysis, "analysis");
    try {
      out.write(WRITER.writeValueAsString(analysis));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not export the constraint analysis", e);
    }
  }
}
