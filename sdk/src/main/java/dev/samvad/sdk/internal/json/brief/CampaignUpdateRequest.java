package dev.samvad.sdk.internal.json.brief;

import org.jspecify.annotations.Nullable;

/**
 * {@code PUT /api/v1/communication-orchestration/campaigns/{campaignId}} and {@code POST
 * .../campaigns/{campaignId}/actions}: a manual action with its reason.
 *
 * @param action SEND_NOW, PAUSE, RESUME, SKIP_STEP, STOP or MARK_PAID
 * @param status instead of {@code action} on PUT: PAUSED, ACTIVE, STOPPED or PAID
 * @param reason why; required, for the audit trail
 * @param actionId makes a retried request act once
 */
public record CampaignUpdateRequest(
    @Nullable String action,
    @Nullable String status,
    @Nullable String reason,
    @Nullable String actionId) {}
