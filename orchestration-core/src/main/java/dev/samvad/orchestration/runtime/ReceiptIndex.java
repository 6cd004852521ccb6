package dev.samvad.orchestration.runtime;

import dev.samvad.api.ExecutionId;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Finds a message by its provider's id, for receipts. The storage SPI has no such lookup, so the
 * runtime keeps one index row per accepted message among the executions, under the reserved
 * campaign {@code samvad-receipts}: id {@code pm:} plus 40 hex digits of the SHA-256 of the
 * provider id. Known debt: these rows show in listings of all executions; a database store would
 * index a provider-id column instead.
 */
final class ReceiptIndex {
  private ReceiptIndex() {}

  /**
   * The row's document.
   *
   * @param executionId the message
   * @param providerMessageId the provider's id for it
   */
  record Entry(ExecutionId executionId, String providerMessageId) {}

  static ExecutionId indexId(String providerMessageId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(providerMessageId.getBytes(StandardCharsets.UTF_8));
      return new ExecutionId("pm:" + HexFormat.of().formatHex(digest).substring(0, 40));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The index row for {@code message} accepted under {@code providerMessageId}. */
  static ExecutionRecord row(String providerMessageId, ExecutionRecord message) {
    return new ExecutionRecord(
        indexId(providerMessageId),
        Codec.RECEIPTS,
        Codec.SYSTEM,
        message.channel(),
        "INDEX",
        Codec.write(new Entry(message.id(), providerMessageId)),
        message.createdAt());
  }

  /** Stores an index {@link #row}, unless the provider id is indexed already. */
  static void put(UnitOfWork uow, ExecutionRecord indexRow) {
    if (uow.executions().find(indexRow.id()).isPresent()) {
      return;
    }
    uow.executions().insert(indexRow);
  }

  static Optional<ExecutionId> find(UnitOfWork uow, String providerMessageId) {
    return uow.executions()
        .find(indexId(providerMessageId))
        .map(v -> Codec.read(v.value().json(), Entry.class))
        .filter(e -> e.providerMessageId().equals(providerMessageId))
        .map(Entry::executionId);
  }
}
