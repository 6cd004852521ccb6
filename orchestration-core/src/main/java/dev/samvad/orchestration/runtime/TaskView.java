package dev.samvad.orchestration.runtime;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.orchestration.Task;

/**
 * A task in the collections team's inbox with the campaign it belongs to. Claim and complete it by
 * applying {@link dev.samvad.orchestration.Event.TaskClaimed} and {@link
 * dev.samvad.orchestration.Event.TaskCompleted} to {@link #campaignId}.
 *
 * @param task the task
 * @param campaignId its campaign
 * @param customerId the customer
 */
public record TaskView(Task task, CampaignId campaignId, CustomerId customerId) {}
