/**
 * The typed tasks Samvad asks of a {@link dev.samvad.api.spi.LanguageModel}, and the validated
 * result each one returns. They live here, in {@code api}, so that the engines (which build tasks
 * and use results) and the model adapters (which turn tasks into prompts and validate output into
 * results) share one vocabulary without depending on each other.
 *
 * <ul>
 *   <li>{@link dev.samvad.api.llm.ReadReply} → {@link dev.samvad.api.llm.ReplyReading}: the model's
 *       reading of a customer's reply, in the rule reader's schema (relationship-core maps it into
 *       a {@code ReplyAnalysis}).
 *   <li>{@link dev.samvad.api.llm.DraftMessage} → {@link dev.samvad.api.llm.DraftedMessage}: a
 *       message written from an adaptation plan and invoice facts.
 *   <li>{@link dev.samvad.api.llm.ExplainAnalysis} → {@link dev.samvad.api.llm.Explanation}: an
 *       analysis explained in plain words.
 * </ul>
 *
 * <p>Results are records whose constructors reject out-of-range values and whose enums are closed:
 * an adapter that parses a model's JSON into them with {@link
 * dev.samvad.api.json.SamvadJson#newMapper()} gets a validation error, never a half-valid value.
 */
@NullMarked
package dev.samvad.api.llm;

import org.jspecify.annotations.NullMarked;
