package dev.samvad.sdk.internal;

import dev.samvad.api.LanguageForm;
import dev.samvad.api.TenantId;
import dev.samvad.api.llm.ExplainAnalysis;
import dev.samvad.api.llm.ExplainAnalysis.Figure;
import dev.samvad.constraint.BindingConstraint;
import dev.samvad.constraint.ConstraintAnalysis;
import dev.samvad.constraint.Kpis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The explain-analysis task for a constraint analysis: its headline KPIs as figures and the rules'
 * own sentences (the summary, the binding constraint's) as findings, so the model may restate only
 * numbers the analysis states.
 */
final class ConstraintExplanations {
  private ConstraintExplanations() {}

  static ExplainAnalysis task(TenantId tenant, String scope, ConstraintAnalysis analysis) {
    Kpis k = analysis.kpis();
    List<Figure> figures =
        List.of(
            new Figure("DSO", days(k.dso())),
            new Figure("best possible DSO", days(k.bestPossibleDso())),
            new Figure("average days delinquent", days(k.averageDaysDelinquent())),
            new Figure("collection effectiveness index", percent(k.cei())),
            new Figure("collection rate", percent(k.collectionRatePercent())),
            new Figure("promises kept", percent(k.promiseKeptPercent())),
            new Figure("dispute rate", percent(k.disputeRatePercent())),
            new Figure("reply rate", percent(k.replyRatePercent())),
            new Figure("closing receivables", k.closingReceivables().format()),
            new Figure("collections in the period", k.collections().format()));
    List<String> findings = new ArrayList<>();
    findings.add(analysis.summary());
    analysis.constraint().map(BindingConstraint::summary).ifPresent(findings::add);
    String subject =
        "collection funnel of "
            + (ConstraintDesk.PORTFOLIO.equals(scope) ? "the whole portfolio" : "one customer")
            + ", as of "
            + analysis.asOf();
    return new ExplainAnalysis(tenant, subject, LanguageForm.ENGLISH, figures, findings);
  }

  private static String days(double d) {
    return String.format(Locale.ROOT, "%.1f days", d);
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p);
  }
}
