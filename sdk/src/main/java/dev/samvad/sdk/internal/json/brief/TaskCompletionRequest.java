package dev.samvad.sdk.internal.json.brief;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/communication-orchestration/tasks/{taskId}/complete}.
 *
 * @param outcome PROMISED, DISPUTED, NO_ANSWER, PAYMENT_VERIFIED, PAYMENT_NOT_FOUND, RESOLVED or
 *     CLOSE_CAMPAIGN
 * @param promisedDate the date, for PROMISED
 * @param note what the dispute is about, for DISPUTED
 */
public record TaskCompletionRequest(
    @Nullable String outcome, @Nullable LocalDate promisedDate, @Nullable String note) {}
