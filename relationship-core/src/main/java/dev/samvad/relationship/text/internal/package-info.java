/**
 * The rule reader's parts: text clean-up, the Lucene analysis chain, the lexicon matcher and the
 * small readers for intents, dates, amounts, references and sentiment. No compatibility promise.
 */
@NullMarked
package dev.samvad.relationship.text.internal;

import org.jspecify.annotations.NullMarked;
