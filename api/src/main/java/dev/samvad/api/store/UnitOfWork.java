package dev.samvad.api.store;

import dev.samvad.api.CustomerId;

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

  /** The due-work queue. */
  DueWorkQueue dueWork();
}
