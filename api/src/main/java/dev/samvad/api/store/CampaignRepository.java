package dev.samvad.api.store;

import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import java.util.List;

/** Campaigns. */
public interface CampaignRepository extends Repository<CampaignId, CampaignRecord> {

  /** The customer's campaigns, oldest first (ties by id). */
  List<Versioned<CampaignRecord>> byCustomer(CustomerId customer);
}
