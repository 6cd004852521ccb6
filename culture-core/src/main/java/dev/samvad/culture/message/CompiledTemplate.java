package dev.samvad.culture.message;

import dev.samvad.api.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A template split once into literal text and placeholder slots, so that rendering is a run of
 * appends: {@code literals[0] slot[0] literals[1] slot[1] ... literals[n]}. Immutable.
 */
public final class CompiledTemplate {
  private final String source;
  private final String[] literals;
  private final Placeholder[] slots;
  private final Set<Placeholder> uses;

  private CompiledTemplate(String source, List<String> literals, List<Placeholder> slots) {
    this.source = source;
    this.literals = literals.toArray(String[]::new);
    this.slots = slots.toArray(Placeholder[]::new);
    this.uses = slots.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(slots));
  }

  /**
   * Splits {@code text}; {@code where} names the template in errors. Fails on an unknown
   * placeholder, on a placeholder not in {@code allowed}, and on a stray brace.
   */
  public static CompiledTemplate compile(String text, Set<Placeholder> allowed, String where) {
    List<String> literals = new ArrayList<>();
    List<Placeholder> slots = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        int end = text.indexOf('}', i + 1);
        if (end < 0) {
          throw new InvalidInputException(where, "has an unclosed '{' at " + i);
        }
        String key = text.substring(i + 1, end);
        Placeholder p =
            Placeholder.byKey(key)
                .orElseThrow(
                    () ->
                        new InvalidInputException(where, "uses unknown placeholder {" + key + "}"));
        if (!allowed.contains(p)) {
          throw new InvalidInputException(where, "may not use placeholder {" + key + "}");
        }
        literals.add(literal.toString());
        literal.setLength(0);
        slots.add(p);
        i = end + 1;
      } else if (c == '}') {
        throw new InvalidInputException(where, "has a stray '}' at " + i);
      } else {
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    return new CompiledTemplate(text, literals, slots);
  }

  /** The template as written. */
  public String source() {
    return source;
  }

  /** The placeholders used, at least once each. */
  public Set<Placeholder> uses() {
    return uses;
  }

  /** The number of placeholder occurrences, repeats included. */
  public int slotCount() {
    return slots.length;
  }

  /** The placeholder of slot {@code i}, in reading order. */
  public Placeholder slot(int i) {
    return slots[i];
  }

  /** True when the text begins or ends with a placeholder (Meta rejects such WhatsApp bodies). */
  public boolean startsOrEndsWithPlaceholder() {
    return slots.length > 0 && (literals[0].isBlank() || literals[literals.length - 1].isBlank());
  }

  /** Renders into {@code out}, asking {@code values} for each slot. */
  public void renderTo(StringBuilder out, Function<Placeholder, String> values) {
    out.append(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      String value = values.apply(slots[i]);
      String next = literals[i + 1];
      if (value.isEmpty() && slots[i].mayBeEmpty()) {
        appendTidied(out, next);
      } else {
        out.append(value).append(next);
      }
    }
  }

  /** Renders to a new string. */
  public String render(Function<Placeholder, String> values) {
    StringBuilder out = new StringBuilder(source.length() + 64);
    renderTo(out, values);
    return out.toString();
  }

  /** The text with each slot written {@code {{1}}}, {@code {{2}}}… as WhatsApp templates are. */
  public String numberedBody() {
    StringBuilder out = new StringBuilder(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      out.append("{{").append(i + 1).append("}}").append(literals[i + 1]);
    }
    return out.toString();
  }

  /**
   * Joins the text around an empty placeholder so that no double space, space before a line break
   * or space at a line start is left: "overdue. {x}\n\n" becomes "overdue.\n\n", "a {x} b" becomes
   * "a b".
   */
  private static void appendTidied(StringBuilder out, String next) {
    int end = out.length();
    while (end > 0 && isBlankChar(out.charAt(end - 1))) {
      end--;
    }
    boolean trimmedLeft = end < out.length();
    out.setLength(end);
    int start = 0;
    while (start < next.length() && isBlankChar(next.charAt(start))) {
      start++;
    }
    boolean atLineStart = end == 0 || out.charAt(end - 1) == '\n';
    boolean nextStartsLine = start == next.length() || next.charAt(start) == '\n';
    if ((trimmedLeft || start > 0) && !atLineStart && !nextStartsLine) {
      out.append(' ');
    }
    out.append(next, start, next.length());
  }

  private static boolean isBlankChar(char c) {
    return c == ' ' || c == '\t';
  }

  @Override
  public String toString() {
    return source;
  }
}
