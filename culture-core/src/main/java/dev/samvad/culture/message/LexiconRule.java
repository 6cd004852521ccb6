package dev.samvad.culture.message;

import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import java.util.ArrayList;
import java.util.List;

/** Finds the lexicon's phrases in a message's whole text. */
public final class LexiconRule implements ApproachRule {
  private final AbuseLexicon lexicon;

  public LexiconRule(AbuseLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    List<AbuseLexicon.Entry> hits = lexicon.find(context.message().text());
    if (hits.isEmpty()) {
      return List.of();
    }
    List<ApproachFinding> findings = new ArrayList<>(hits.size());
    for (AbuseLexicon.Entry hit : hits) {
      findings.add(finding(hit));
    }
    return findings;
  }

  private static ApproachFinding finding(AbuseLexicon.Entry hit) {
    String where = " ('" + hit.phrase() + "', lexicon " + hit.language() + ")";
    switch (hit.category()) {
      case THREAT:
        return new ApproachFinding(
            "THREATENING_LANGUAGE",
            Severity.BLOCKER,
            "The message intimidates the customer" + where + ".",
            "Remove the threat. State the amount, the date and the agreed next step (for example,"
                + " holding further supplies) plainly; never mention police, jail or visits.");
      case LEGAL_PRESSURE:
        return new ApproachFinding(
            "LEGAL_PRESSURE",
            Severity.WARNING,
            "The message uses legal steps as pressure" + where + ".",
            "Mention a legal step only in a final notice, only if the seller has decided to take it,"
                + " and as a fact under the agreed terms or the MSMED Act, not as a threat.");
      case SHAMING:
        return new ApproachFinding(
            "SHAMING_LANGUAGE",
            Severity.BLOCKER,
            "The message shames or labels the customer" + where + ".",
            "Remove labels and any hint of public lists; speak about the invoice, not the person.");
      case ABUSE:
        return new ApproachFinding(
            "ABUSIVE_LANGUAGE",
            Severity.BLOCKER,
            "The message insults the customer" + where + ".",
            "Remove the insult and keep the respectful register of the template.");
      case THIRD_PARTY_DISCLOSURE:
        return new ApproachFinding(
            "THIRD_PARTY_DISCLOSURE",
            Severity.BLOCKER,
            "The message discloses, or threatens to disclose, the debt to others" + where + ".",
            "Remove any mention of telling family, neighbours, other suppliers or the market;"
                + " the debt concerns only the customer.");
    }
    throw new AssertionError(hit.category());
  }
}
