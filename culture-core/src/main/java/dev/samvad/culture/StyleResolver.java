package dev.samvad.culture;

import dev.samvad.api.model.BusinessSize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Formality, directness and relationship orientation. These are heuristics built on India's
 * country-level Hofstede scores and the customer's business facts and own writing; each finding
 * says so and carries a modest confidence.
 */
final class StyleResolver {
  /** Markers of a familiar register in replies (romanised and English). */
  private static final List<String> INFORMAL =
      List.of(
          "bhai", "bhaiya", "yaar", "boss", "bro", "anna ", "dada ", "hi ", "hello ", "😊", "😀",
          "👍");

  /** Markers of a deferential register. */
  private static final List<String> FORMAL =
      List.of(
          "sir",
          "madam",
          "respected",
          "kindly",
          "dear sir",
          "आदरणीय",
          "महोदय",
          "सर",
          "sahab",
          "saheb");

  Finding<Formality> formality(ProfileInput in) {
    int informal = 0;
    int formal = 0;
    for (ProfileInput.Reply r : in.replies()) {
      String t = r.text().toLowerCase(Locale.ROOT) + " ";
      if (INFORMAL.stream().anyMatch(t::contains)) {
        informal++;
      }
      if (FORMAL.stream().anyMatch(t::contains)) {
        formal++;
      }
    }
    if (informal >= 2 && informal > formal) {
      Formality f = informal >= 4 ? Formality.INFORMAL : Formality.SEMI_FORMAL;
      return Finding.of(
          f, 0.6, Evidence.Source.REPLIES, informal + " replies use a familiar register");
    }
    if (formal >= 2) {
      return Finding.of(
          Formality.FORMAL, 0.7, Evidence.Source.REPLIES, formal + " replies address us formally");
    }
    if (isSmallTrader(in)) {
      return Finding.of(
          Formality.SEMI_FORMAL,
          0.45,
          Evidence.Source.BUSINESS_FACTS,
          "small trading businesses usually expect a polite, warm register (heuristic)");
    }
    return Finding.of(
        Formality.FORMAL,
        0.5,
        Evidence.Source.COUNTRY_DEFAULT,
        "India's power distance (PDI 77) makes a formal register the safe default");
  }

  Finding<Directness> directness(ProfileInput in) {
    Optional<BusinessSize> size = in.size();
    if (size.isPresent()
        && (size.get() == BusinessSize.LARGE || size.get() == BusinessSize.MEDIUM)) {
      return Finding.of(
          Directness.DIRECT,
          0.5,
          Evidence.Source.BUSINESS_FACTS,
          "larger companies pay through accounts-payable processes that want plain facts (heuristic)");
    }
    if (isSmallTrader(in)) {
      return Finding.of(
          Directness.INDIRECT,
          0.45,
          Evidence.Source.BUSINESS_FACTS,
          "owner-run businesses respond better to a cushioned ask that saves face (heuristic)");
    }
    return Finding.of(
        Directness.BALANCED,
        0.4,
        Evidence.Source.COUNTRY_DEFAULT,
        "high-context business culture (IDV 48): clear but cushioned (heuristic)");
  }

  Finding<RelationshipOrientation> orientation(ProfileInput in) {
    if (in.size().filter(s -> s == BusinessSize.LARGE).isPresent()) {
      return Finding.of(
          RelationshipOrientation.TRANSACTIONAL,
          0.5,
          Evidence.Source.BUSINESS_FACTS,
          "a large enterprise's payables team is process-driven (heuristic)");
    }
    if (isSmallTrader(in)) {
      return Finding.of(
          RelationshipOrientation.RELATIONSHIP_FIRST,
          0.5,
          Evidence.Source.BUSINESS_FACTS,
          "small and trading businesses run on personal relationships (heuristic)");
    }
    return Finding.of(
        RelationshipOrientation.BALANCED,
        0.4,
        Evidence.Source.COUNTRY_DEFAULT,
        "collectivist leaning (IDV 48): some warmth before business (heuristic)");
  }

  private static boolean isSmallTrader(ProfileInput in) {
    boolean small = in.size().map(BusinessSize::isMsmedProtected).orElse(false);
    boolean trading =
        in.businessType()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .filter(
                t ->
                    t.contains("trad")
                        || t.contains("retail")
                        || t.contains("shop")
                        || t.contains("dealer")
                        || t.contains("kirana")
                        || t.contains("distribut"))
            .isPresent();
    return small || trading;
  }
}
