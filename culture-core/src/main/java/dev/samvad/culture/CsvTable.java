package dev.samvad.culture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bundled CSV resource: {@code #} comment lines, one header line, then rows. The last column
 * takes any extra commas, so free-text notes need no quoting.
 */
final class CsvTable {
  private final String name;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();

  private CsvTable(String name) {
    this.name = name;
  }

  static CsvTable load(String resource) {
    CsvTable table = new CsvTable(resource);
    InputStream in = CsvTable.class.getResourceAsStream("data/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing reference data resource: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      String[] header = null;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header == null) {
          header = line.split(",", -1);
          for (int i = 0; i < header.length; i++) {
            table.columns.put(header[i].strip(), i);
          }
        } else {
          String[] cells = line.split(",", header.length);
          if (cells.length != header.length) {
            throw new IllegalStateException(
                resource
                    + ": row has "
                    + cells.length
                    + " cells, expected "
                    + header.length
                    + ": "
                    + line);
          }
          table.rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  List<String[]> rows() {
    return rows;
  }

  String get(String[] row, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      throw new IllegalStateException(name + " has no column " + column);
    }
    return row[index];
  }
}
