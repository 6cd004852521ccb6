package dev.samvad.examples.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.json.SamvadJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads and writes a {@link Portfolio} as JSON in the api model's own mapping. The writer puts one
 * record per line so that a regenerated file diffs line by line and stays byte-for-byte stable.
 */
public final class PortfolioJson {
  /** The format tag written into every file. */
  public static final String FORMAT = "samvad-portfolio/1";

  /** Where the bundled portfolio lives on the class path. */
  public static final String RESOURCE = "/dev/samvad/examples/portfolio.json";

  private static final ObjectMapper MAPPER = SamvadJson.newMapper();

  private PortfolioJson() {}

  /** Reads a portfolio; throws {@link UncheckedIOException} when the input is not one. */
  public static Portfolio read(InputStream in) {
    try {
      Portfolio portfolio = MAPPER.readValue(in, Portfolio.class);
      if (!FORMAT.equals(portfolio.format())) {
        throw new IOException("not a " + FORMAT + " file: format is " + portfolio.format());
      }
      return portfolio;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read portfolio: " + e.getMessage(), e);
    }
  }

  static Portfolio readBundled() {
    try (InputStream in = PortfolioJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON text of {@code portfolio}, with {@code \n} line ends whatever the platform. */
  public static String write(Portfolio portfolio) {
    StringBuilder out = new StringBuilder(4 << 20);
    out.append("{\n");
    field(out, "format", portfolio.format()).append(",\n");
    field(out, "seed", portfolio.seed()).append(",\n");
    field(out, "today", portfolio.today()).append(",\n");
    array(out, "customers", portfolio.customers()).append(",\n");
    array(out, "invoices", portfolio.invoices()).append(",\n");
    array(out, "payments", portfolio.payments()).append(",\n");
    array(out, "interactions", portfolio.interactions()).append(",\n");
    array(out, "truth", portfolio.truth()).append('\n');
    return out.append("}\n").toString();
  }

  private static StringBuilder field(StringBuilder out, String name, Object value) {
    return out.append("  ").append(json(name)).append(": ").append(json(value));
  }

  private static StringBuilder array(StringBuilder out, String name, List<?> values) {
    out.append("  ").append(json(name)).append(": [");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "\n    " : ",\n    ").append(json(values.get(i)));
    }
    return out.append(values.isEmpty() ? "]" : "\n  ]");
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
