/**
 * Samvad's shared vocabulary: typed identifiers, {@link dev.samvad.api.Money}, languages, scripts,
 * regions and states, validated business identifiers (GSTIN, PIN, phone, e-mail, invoice number)
 * and the typed error hierarchy rooted at {@link dev.samvad.api.SamvadException}.
 *
 * <p>Every type here is an immutable value, safe to share between threads. Nothing in this package
 * performs I/O.
 */
@NullMarked
package dev.samvad.api;

import org.jspecify.annotations.NullMarked;
