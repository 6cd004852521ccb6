package dev.samvad.relationship.text;

import java.util.List;
import java.util.Optional;

/**
 * What a reply says, as one immutable value. The rule reader ({@link ReplyAnalyzer}) and the later
 * LLM reader both produce it; {@link #path()} says which.
 *
 * <p>JSON shape (Jackson, as configured by {@code SamvadJson}): records as objects, enums as their
 * names, {@code LanguageForm} as its tag, {@code Money} as {@code {paise, currency, formatted}},
 * dates as ISO strings, absent optionals omitted.
 *
 * @param language the language it was read as
 * @param sentiment polarity and emotions
 * @param intents intents at or above the threshold, strongest first; never empty ({@link
 *     Intent#OTHER} when nothing else applies)
 * @param entities dates, amounts, references, callback times and dispute reasons
 * @param commitment how firmly the writer commits to pay
 * @param flags what was done to the text and what is distrusted in it
 * @param path which reader answered
 * @param analysedChars how many chars of cleaned text were read
 */
public record ReplyAnalysis(
    LanguageReading language,
    Sentiment sentiment,
    List<IntentScore> intents,
    Entities entities,
    Commitment commitment,
    AnalysisFlags flags,
    AnalysisPath path,
    int analysedChars) {

  /** Copies the intents. */
  public ReplyAnalysis {
    intents = List.copyOf(intents);
  }

  /** The strongest intent. */
  public Intent primaryIntent() {
    return intents.isEmpty() ? Intent.OTHER : intents.get(0).intent();
  }

  /** True when {@code intent} was read. */
  public boolean has(Intent intent) {
    return score(intent).isPresent();
  }

  /** The score of {@code intent}, when it was read. */
  public Optional<IntentScore> score(Intent intent) {
    for (IntentScore s : intents) {
      if (s.intent() == intent) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
