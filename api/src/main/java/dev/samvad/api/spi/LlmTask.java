package dev.samvad.api.spi;

import dev.samvad.api.TenantId;

/**
 * A typed request to a {@link LanguageModel}: never a free-form prompt. Each task names its kind
 * and prompt version (the model adapter owns the prompt text) and carries the inputs the prompt
 * needs.
 *
 * @param <R> the validated result type
 */
public interface LlmTask<R> {

  /** What kind of task this is. */
  Kind kind();

  /** The tenant paying for the call; used for budgets, caching and switching the model off. */
  TenantId tenant();

  /** The type the adapter must validate the model's output into. */
  Class<R> resultType();

  /** The tasks Samvad asks of a model. */
  enum Kind {
    /** Read a customer's reply: language, intents, entities, sentiment. */
    READ_REPLY,
    /** Adapt or draft a message from an adaptation plan and invoice facts. */
    DRAFT_MESSAGE,
    /** Explain a constraint analysis in plain words. */
    EXPLAIN_ANALYSIS
  }
}
