package dev.samvad.orchestration.runtime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.Money;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.channel.OutboundMessage;
import dev.samvad.orchestration.CampaignState;
import java.util.List;
import java.util.Set;

/**
 * Campaign state and execution documents to and from the store's records. Round trips are exact:
 * {@code decode(encode(state)).equals(state)}.
 *
 * <p>Stored documents are compact: empty lists and sets, absent optionals, zero numbers and false
 * flags are left out (they read back as empty, absent, 0 and false), and amounts are stored without
 * their display text. A million waiting campaigns must fit in the heap of the in-memory store.
 * Documents written in the full shape (before this) read the same.
 *
 * <p>Documents just written or read are remembered ({@link DecodeCache}), so the several units of
 * work of one send parse each document once.
 */
final class Codec {
  /** Campaign ids and the customer id the runtime keeps its own documents under. */
  static final CampaignId OPTIMISER = new CampaignId("samvad-optimiser");

  static final CampaignId RECEIPTS = new CampaignId("samvad-receipts");
  static final CustomerId SYSTEM = new CustomerId("samvad-system");

  static final ObjectMapper JSON = storageMapper();

  private static final ObjectReader STATE_READER = JSON.readerFor(CampaignState.class);
  private static final ObjectWriter STATE_WRITER = JSON.writerFor(CampaignState.class);
  private static final ObjectReader DOCUMENT_READER = JSON.readerFor(ExecutionDocument.class);
  private static final ObjectWriter DOCUMENT_WRITER = JSON.writerFor(ExecutionDocument.class);
  private static final DecodeCache<CampaignState> STATES = new DecodeCache<>(4096);
  private static final DecodeCache<ExecutionDocument> DOCUMENTS = new DecodeCache<>(4096);

  private Codec() {}

  static boolean reserved(CampaignId id) {
    return id.equals(OPTIMISER) || id.equals(RECEIPTS);
  }

  /**
   * {@link RuntimeJson#newMapper()} made compact for storage, writing each outbox message's text
   * once ({@link MessageFragments}). Not for rendering: readers of the JSON API expect every field.
   */
  private static ObjectMapper storageMapper() {
    ObjectMapper mapper = withoutFragments();
    ObjectMapper plain = withoutFragments();
    // A message is written while the document around it is being written on the same thread: its
    // own buffer pool, or the inner writer finds the thread's buffers taken and allocates anew.
    plain.getFactory().setRecyclerPool(JsonRecyclerPools.newConcurrentDequePool());
    SimpleModule fragments = new SimpleModule("samvad-message-fragments");
    fragments.addSerializer(
        OutboundMessage.class, new MessageFragments(plain.writerFor(OutboundMessage.class)));
    return mapper.registerModule(fragments);
  }

  /** A new mapper with the storage mapping but without {@link MessageFragments}. */
  static ObjectMapper withoutFragments() {
    ObjectMapper mapper = RuntimeJson.newMapper();
    mapper.registerModule(StoredInstants.module());
    // Accessors and constructors through generated lambdas instead of reflection.
    mapper.registerModule(new BlackbirdModule());
    mapper.addMixIn(Money.class, StoredMoney.class);
    // Left out when empty, read back as empty when missing.
    for (Class<?> collection : List.of(List.class, Set.class)) {
      mapper
          .configOverride(collection)
          .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null))
          .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    // Left out when 0 or false, read back as 0 or false when missing.
    for (Class<?> primitive : List.of(int.class, boolean.class)) {
      mapper
          .configOverride(primitive)
          .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, null))
          .setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    return mapper;
  }

  /** Amounts stored without {@code formatted}, which is display text derived from the rest. */
  @JsonIgnoreProperties("formatted")
  private interface StoredMoney {}

  static String write(Object value) {
    return write(JSON.writer(), value);
  }

  static <T> T read(String json, Class<T> type) {
    return read(JSON.readerFor(type), json, type);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("runtime values always serialise", e);
    }
  }

  private static <T> T read(ObjectReader reader, String json, Class<T> type) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " does not read back", e);
    }
  }

  /** The stored document of outbox row {@code id}. */
  static String write(ExecutionId id, ExecutionDocument doc) {
    String json = write(DOCUMENT_WRITER, doc);
    DOCUMENTS.put(id.value(), json, doc);
    return json;
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
        json(state),
        state.createdAt());
  }

  private static String json(CampaignState state) {
    String json = write(STATE_WRITER, state);
    STATES.put(state.campaignId().value(), json, state);
    return json;
  }

  static CampaignState decode(CampaignRecord record) {
    return STATES.get(record.id().value(), record.json(), Codec::parseState);
  }

  static ExecutionDocument document(ExecutionRecord record) {
    return DOCUMENTS.get(record.id().value(), record.json(), Codec::parseDocument);
  }

  /** A campaign state document parsed, never from the cache. */
  static CampaignState parseState(String json) {
    return read(STATE_READER, json, CampaignState.class);
  }

  /** An outbox document parsed, never from the cache. */
  static ExecutionDocument parseDocument(String json) {
    return read(DOCUMENT_READER, json, ExecutionDocument.class);
  }
}
