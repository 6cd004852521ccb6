package dev.samvad.relationship.text;

/**
 * One reason given for a dispute.
 *
 * @param kind the reason
 * @param span the words it came from
 */
public record DisputeReason(DisputeKind kind, Span span) {}
