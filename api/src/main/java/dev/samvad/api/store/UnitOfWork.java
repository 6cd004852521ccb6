package dev.samvad.api.store;

import dev.samvad.api.CustomerId;
import dev.samvad.api.consent.ConsentRecord;

/**
 * The repositories of one tenant inside one unit of work. Valid only while the work function runs;
 * using it afterwards throws {@link IllegalStateException}.
 */
public interface UnitOfWork {

  /** Customers, also found by a contact's phone number or e-mail address. */
  CustomerRepository customers();

  /** Invoices. */
  InvoiceRepository invoices();

  /** Payments. */
  PaymentRepository payments();

  /** Messages and calls. */
  InteractionRepository interactions();

  /** Cultural profiles, one per customer. */
  Repository<CustomerId, ProfileDocument> culturalProfiles();

  /** Relationship profiles, one per customer. */
  Repository<CustomerId, ProfileDocument> relationshipProfiles();

  /** Campaigns. */
  CampaignRepository campaigns();

  /** Executions. */
  ExecutionRepository executions();

  /**
   * Each customer's consent ledger ({@link ConsentRecord}), keyed by customer: the history of
   * consents given and withdrawn per channel. Kept when the customer's personal data is erased, as
   * the record of what they agreed to and when they stopped.
   */
  Repository<CustomerId, ConsentRecord> consents();

  /** The due-work queue. */
  DueWorkQueue dueWork();
}
