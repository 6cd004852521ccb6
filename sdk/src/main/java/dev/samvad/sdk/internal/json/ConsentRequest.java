package dev.samvad.sdk.internal.json;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/customers/{customerId}/consents}: one consent given or withdrawn.
 *
 * @param channel EMAIL, SMS, WHATSAPP, VOICE or LETTER
 * @param action GIVEN or WITHDRAWN
 * @param notice for GIVEN: the notice id and version shown, e.g. {@code privacy-notice/v3}
 * @param purpose for GIVEN: what the consent is for
 * @param source where it came from, e.g. {@code onboarding form}, {@code phone call}
 * @param reference the host's reference (form submission, ticket), optional
 * @param at when it happened; defaults to now
 */
record ConsentRequest(
    @Nullable String channel,
    @Nullable String action,
    @Nullable String notice,
    @Nullable String purpose,
    @Nullable String source,
    @Nullable String reference,
    @Nullable Instant at) {}
