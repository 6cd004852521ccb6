package dev.samvad.relationship.text;

import dev.samvad.api.model.PaymentMode;
import java.util.Optional;

/**
 * How the writer says they paid, and the reference they quoted.
 *
 * @param mode the payment mode; {@link PaymentMode#OTHER} when only a reference was given
 * @param kind the kind of reference
 * @param reference the reference exactly as written (case kept), when one was given
 * @param span the words it came from
 */
public record PaymentReference(
    PaymentMode mode, ReferenceKind kind, Optional<String> reference, Span span) {}
