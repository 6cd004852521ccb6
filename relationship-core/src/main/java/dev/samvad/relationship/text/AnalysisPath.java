package dev.samvad.relationship.text;

/** Which reader produced a {@link ReplyAnalysis}. */
public enum AnalysisPath {
  /** The offline rule and lexicon reader in this package. */
  RULES,
  /** A language model, its output validated against the same schema. */
  LLM,
  /**
   * A language model whose output needed its one repair (the JSON object cut out of a code fence or
   * prose) before it validated.
   */
  LLM_REPAIRED
}
