package dev.samvad.api.store;

import dev.samvad.api.CampaignId;
import dev.samvad.api.ExecutionId;
import java.util.List;

/** Executions. */
public interface ExecutionRepository extends Repository<ExecutionId, ExecutionRecord> {

  /** The campaign's executions, oldest first (ties by id). */
  List<Versioned<ExecutionRecord>> byCampaign(CampaignId campaign);
}
