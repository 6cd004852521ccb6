package dev.samvad.storage.jdbc;

import dev.samvad.api.consent.ConsentRecord;
import java.util.List;

/**
 * The {@link Mapping} of the consent ledgers ({@code V4__consent.sql}): one JSON document per
 * customer. Not sealed: a ledger holds channels, notices, purposes, times and sources, nothing that
 * identifies a person, and it must outlive an erasure as the record of what was agreed.
 */
final class ConsentMapping {
  private ConsentMapping() {}

  static final Mapping<ConsentRecord> CONSENTS =
      new Mapping<>(
          "samvad.consents",
          "customer_id",
          "consent record",
          v -> v.customerId().value(),
          List.of(),
          Documents::write,
          (row, doc) -> Documents.read(doc, ConsentRecord.class),
          false);
}
