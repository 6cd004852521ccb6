package dev.samvad.api.llm;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.LlmTask;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explain an analysis (a constraint analysis of the collection funnel, say) in plain words for an
 * accounts team. The model may only restate the figures and findings given: an adapter rejects an
 * explanation that quotes a number not among the figures.
 *
 * @param tenant the tenant paying for the call
 * @param subject what was analysed, in a few words ("collection funnel, October 2026")
 * @param language the language to explain in
 * @param figures the numbers the explanation may use, each with its name
 * @param findings the analysis's conclusions, one sentence each
 */
public record ExplainAnalysis(
    TenantId tenant,
    String subject,
    LanguageForm language,
    List<Figure> figures,
    List<String> findings)
    implements LlmTask<Explanation> {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  /** Rejects nulls and copies the lists. */
  public ExplainAnalysis {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(subject, "subject");
    InvalidInputException.require(language, "language");
    figures = List.copyOf(InvalidInputException.require(figures, "figures"));
    findings = List.copyOf(InvalidInputException.require(findings, "findings"));
  }

  /**
   * The fact check every explanation of this task must pass, whichever model wrote it: a number in
   * the summary or points that is not among the subject, figures and findings (digits of any script
   * compared as ASCII; {@code 1,20,000} and {@code 120000}, {@code 47.50} and {@code 47.5} are one
   * number).
   *
   * @return a problem naming the field, safe to log (never quoting the text); empty when none
   */
  public Optional<String> numberNotGiven(Explanation explanation) {
    StringBuilder given = new StringBuilder(subject);
    figures.forEach(f -> given.append('\n').append(f.name()).append(' ').append(f.value()));
    findings.forEach(f -> given.append('\n').append(f));
    Set<String> allowed = numbers(given.toString());
    String text = explanation.summary() + "\n" + String.join("\n", explanation.points());
    for (String n : numbers(text)) {
      if (!allowed.contains(n)) {
        return Optional.of("text: states a number that is not among the figures");
      }
    }
    return Optional.empty();
  }

  private static Set<String> numbers(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    text.chars()
        .forEach(
            c ->
                ascii.append(
                    Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(ascii);
    while (m.find()) {
      String n = m.group().replace(",", "");
      if (n.contains(".")) {
        n = n.replaceAll("0+$", ""); // 47.50 and 47.5 are one number
      }
      out.add(n.endsWith(".") ? n.substring(0, n.length() - 1) : n);
    }
    return out;
  }

  @Override
  public Kind kind() {
    return Kind.EXPLAIN_ANALYSIS;
  }

  @Override
  public Class<Explanation> resultType() {
    return Explanation.class;
  }

  /**
   * One named number.
   *
   * @param name what it measures ("DSO", "cash held back per day")
   * @param value as it should be written ("47 days", "₹1,20,000.00")
   */
  public record Figure(String name, String value) {
    /** Requires both parts. */
    public Figure {
      InvalidInputException.require(name, "figure.name");
      InvalidInputException.require(value, "figure.value");
    }
  }
}
