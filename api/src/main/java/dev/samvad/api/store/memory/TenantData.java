package dev.samvad.api.store.memory;

import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import dev.samvad.api.store.CampaignRecord;
import dev.samvad.api.store.ExecutionRecord;
import dev.samvad.api.store.ProfileDocument;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/** All tables of one tenant, guarded by one lock. */
final class TenantData {
  private final ReentrantLock lock = new ReentrantLock();
  private volatile boolean written;

  final Table<Customer> customers = new Table<>(c -> c.id().value(), null, null, null);
  final Table<Invoice> invoices =
      new Table<>(
          i -> i.id().value(),
          i -> i.customerId().value(),
          Comparator.comparing(Invoice::issueDate),
          i -> i.financialYear() + "|" + i.number().value());
  final Table<Payment> payments =
      new Table<>(
          p -> p.id().value(),
          p -> p.customerId().value(),
          Comparator.comparing(Payment::receivedOn),
          null);
  final Table<Interaction> interactions =
      new Table<>(
          i -> i.id().value(),
          i -> i.customerId().value(),
          Comparator.comparing(Interaction::occurredAt),
          null);
  final Table<ProfileDocument> culturalProfiles =
      new Table<>(p -> p.customerId().value(), null, null, null);
  final Table<ProfileDocument> relationshipProfiles =
      new Table<>(p -> p.customerId().value(), null, null, null);
  final Table<CampaignRecord> campaigns =
      new Table<>(
          c -> c.id().value(),
          c -> c.customerId().value(),
          Comparator.comparing(CampaignRecord::createdAt),
          null);
  final Table<ExecutionRecord> executions =
      new Table<>(
          e -> e.id().value(),
          e -> e.campaignId().value(),
          Comparator.comparing(ExecutionRecord::createdAt),
          null);
  final Table<ConsentRecord> consents = new Table<>(c -> c.customerId().value(), null, null, null);
  final WorkItems dueWork;

  TenantData(AtomicLong leaseTokens) {
    this.dueWork = new WorkItems(leaseTokens);
  }

  ReentrantLock lock() {
    return lock;
  }

  boolean hasWritten() {
    return written;
  }

  void markWritten() {
    written = true;
  }
}
