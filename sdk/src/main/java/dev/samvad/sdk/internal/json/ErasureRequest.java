package dev.samvad.sdk.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/customers/{customerId}/erase}.
 *
 * @param reason {@code request} or {@code purpose-ended}
 * @param note why, for the audit trail (no personal data)
 */
record ErasureRequest(@Nullable String reason, @Nullable String note) {}
