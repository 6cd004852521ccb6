package dev.samvad.api.llm;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.TenantId;
import dev.samvad.api.spi.LlmTask;
import java.util.List;

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

  /** Rejects nulls and copies the lists. */
  public ExplainAnalysis {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(subject, "subject");
    InvalidInputException.require(language, "language");
    figures = List.copyOf(InvalidInputException.require(figures, "figures"));
    findings = List.copyOf(InvalidInputException.require(findings, "findings"));
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
