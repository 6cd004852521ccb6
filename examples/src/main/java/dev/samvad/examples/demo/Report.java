package dev.samvad.examples.demo;

import dev.samvad.examples.Terminal;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where chapters write: headings, indented lines and small aligned tables. Column widths count code
 * points, which lines up Latin text; Indic text goes at the end of a line, where width does not
 * matter.
 */
public final class Report {
  private static final String INDENT = "  ";
  private final PrintStream out;
  private final Terminal terminal;
  private int chapters;

  Report(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void title(String text) {
    out.println(terminal.bold(text));
  }

  void chapter(String title) {
    chapters++;
    out.println();
    out.println(terminal.bold(chapters + ". " + title));
  }

  /** An indented line; an empty text gives an empty line. */
  public void line(String text) {
    out.println(text.isEmpty() ? "" : INDENT + text);
  }

  /** An indented line, dimmed on a terminal: for notes and provenance. */
  public void note(String text) {
    out.println(INDENT + terminal.dim(text));
  }

  /** A new table; columns whose heading starts with '>' are right-aligned. */
  public Table table(String... headings) {
    return new Table(headings);
  }

  /** A table being filled; {@link #print()} writes it. */
  public final class Table {
    private final String[] headings;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();

    private Table(String... headings) {
      this.headings = new String[headings.length];
      this.right = new boolean[headings.length];
      for (int i = 0; i < headings.length; i++) {
        right[i] = headings[i].startsWith(">");
        this.headings[i] = right[i] ? headings[i].substring(1) : headings[i];
      }
    }

    /** Adds a row; it must have one cell per heading. */
    public Table row(Object... cells) {
      if (cells.length != headings.length) {
        throw new IllegalArgumentException(
            cells.length + " cells for " + headings.length + " columns");
      }
      String[] row = new String[cells.length];
      for (int i = 0; i < cells.length; i++) {
        row[i] = String.valueOf(cells[i]);
      }
      rows.add(row);
      return this;
    }

    /** Writes the headings and the rows. */
    public void print() {
      int[] widths = new int[headings.length];
      for (int i = 0; i < headings.length; i++) {
        widths[i] = width(headings[i]);
        for (String[] row : rows) {
          widths[i] = Math.max(widths[i], width(row[i]));
        }
      }
      out.println(INDENT + terminal.dim(format(headings, widths)));
      for (String[] row : rows) {
        out.println(INDENT + format(row, widths));
      }
    }

    private String format(String[] cells, int[] widths) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        String pad = " ".repeat(widths[i] - width(cells[i]));
        if (i > 0) {
          line.append("  ");
        }
        line.append(right[i] ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
      }
      return line.toString().stripTrailing();
    }
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
