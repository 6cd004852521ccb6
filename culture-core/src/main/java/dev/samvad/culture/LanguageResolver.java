package dev.samvad.culture;

import dev.samvad.api.IndianState;
import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the language to write in. Precedence: what the customer stated, then the language and
 * script of their own replies, then their state's main language, then English.
 */
final class LanguageResolver {
  /** Replies shorter than this say little about language ("ok", "STOP"). */
  private static final int MIN_REPLY_LETTERS = 8;

  private static final int MAX_SECONDARY = 4;

  private final ReferenceData data;
  private final LanguageIdentifier identifier;

  LanguageResolver(ReferenceData data, LanguageIdentifier identifier) {
    this.data = data;
    this.identifier = identifier;
  }

  record Languages(Finding<LanguageForm> primary, List<LanguageForm> secondary) {}

  Languages resolve(
      ProfileInput in,
      Optional<IndianState> state,
      double stateConfidence,
      List<String> conflicts) {
    Map<LanguageForm, Double> votes = new HashMap<>();
    int counted = 0;
    for (ProfileInput.Reply reply : in.replies()) {
      if (letters(reply.text()) < MIN_REPLY_LETTERS) {
        continue;
      }
      LanguageGuess guess = identifier.identify(reply.text());
      if (guess.confidence() < 0.3) {
        continue;
      }
      votes.merge(guess.language(), guess.confidence(), Double::sum);
      counted++;
    }
    Optional<Finding<LanguageForm>> fromReplies = Optional.empty();
    if (counted > 0) {
      double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
      Map.Entry<LanguageForm, Double> top =
          votes.entrySet().stream()
              .max(
                  Map.Entry.<LanguageForm, Double>comparingByValue()
                      .thenComparing(e -> e.getKey().tag(), java.util.Comparator.reverseOrder()))
              .orElseThrow();
      double share = top.getValue() / total;
      double confidence = 0.5 + 0.4 * share * Math.min(1.0, counted / 3.0);
      fromReplies =
          Optional.of(
              Finding.of(
                  top.getKey(),
                  confidence,
                  Evidence.Source.REPLIES,
                  Math.round(share * 100)
                      + "% of "
                      + counted
                      + " replies read as "
                      + top.getKey().tag()));
    }
    Optional<StateFacts> facts = state.map(data::state);
    Finding<LanguageForm> primary;
    if (in.statedLanguage().isPresent()) {
      LanguageForm stated = in.statedLanguage().get();
      primary =
          Finding.of(stated, 0.95, Evidence.Source.STATED, "customer asked for " + stated.tag());
      fromReplies
          .filter(r -> r.value().language() != stated.language())
          .ifPresent(
              r ->
                  conflicts.add(
                      "stated language "
                          + stated.tag()
                          + " but replies are in "
                          + r.value().tag()
                          + "; the stated choice wins"));
    } else if (fromReplies.isPresent()) {
      primary = fromReplies.get();
    } else if (facts.isPresent() && !facts.get().primaryLanguages().isEmpty()) {
      Language main = facts.get().primaryLanguages().get(0);
      primary =
          Finding.of(
              main.form(),
              0.5 * stateConfidence,
              Evidence.Source.STATE_DEFAULT,
              main.englishName() + " is the main language of " + facts.get().state().displayName());
    } else {
      primary =
          Finding.of(
              LanguageForm.ENGLISH,
              0.3,
              Evidence.Source.COUNTRY_DEFAULT,
              "no stated language, replies or location: English is the common business language");
    }
    Set<LanguageForm> secondary = new LinkedHashSet<>();
    votes.keySet().stream()
        .sorted(java.util.Comparator.comparing(LanguageForm::tag))
        .forEach(secondary::add);
    facts.ifPresent(
        f -> {
          f.primaryLanguages().forEach(l -> secondary.add(l.form()));
          f.secondaryLanguages().forEach(l -> secondary.add(l.form()));
        });
    secondary.add(LanguageForm.ENGLISH);
    secondary.remove(primary.value());
    List<LanguageForm> list = new ArrayList<>(secondary);
    return new Languages(primary, list.subList(0, Math.min(MAX_SECONDARY, list.size())));
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length() && n < MIN_REPLY_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
