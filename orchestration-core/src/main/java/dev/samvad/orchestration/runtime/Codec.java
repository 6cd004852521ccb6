package dev.samvad.orchestration.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.orchestration.CampaignState;

/**
 * Campaign state and execution documents to and from the store's records. Round trips are exact:
 * {@code decode(encode(state)).equals(state)}.
 */
final class Codec {
  /** Campaign ids and the customer id the runtime keeps its own documents under. */
  static final CampaignId OPTIMISER = new CampaignId("samvad-optimiser");

  static final CampaignId RECEIPTS = new CampaignId("samvad-receipts");
  static final CustomerId SYSTEM = new CustomerId("samvad-system");

  static final ObjectMapper JSON = RuntimeJson.newMapper();

  private Codec() {}

  static boolean reserved(CampaignId id) {
    return id.equals(OPTIMISER) || id.equals(RECEIPTS);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("runtime values always serialise", e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " does not read back", e);
    }
  }

  /**
   * The record for a campaign: status is the phase, or the outcome once finished; type the
   * playbook.
   */
  static CampaignRecord encode(CampaignState state, String playbookName) {
    String status =
        state.phase() == CampaignState.Phase.FINISHED && state.outcome().isPresent()
            ? state.outcome().get().name()
            : state.phase().name();
    return new CampaignRecord(
        state.campaignId(),
        state.customerId(),
        playbookName,
        state.playbookId(),
        status,
        write(state),
        state.createdAt());
  }

  static CampaignState decode(CampaignRecord record) {
    return read(record.json(), CampaignState.class);
  }

  static ExecutionDocument document(ExecutionRecord record) {
    return read(record.json(), ExecutionDocument.class);
  }
}
