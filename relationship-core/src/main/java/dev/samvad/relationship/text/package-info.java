/**
 * Reading what a customer wrote back: language, sentiment and emotions, intents and the entities a
 * campaign acts on (promised date, amount, payment reference, callback time).
 *
 * <p>Entry point: {@link dev.samvad.relationship.text.ReplyAnalyzer}. Input is a {@link
 * dev.samvad.relationship.text.ReplyText}; output is a {@link
 * dev.samvad.relationship.text.ReplyAnalysis}, an immutable record tree that serialises with
 * Jackson (configured as by {@code dev.samvad.api.json.SamvadJson}) and is shared with the LLM
 * path. Everything under {@code internal} carries no compatibility promise.
 */
@NullMarked
package dev.samvad.relationship.text;

import org.jspecify.annotations.NullMarked;
