package dev.samvad.api.store;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.InvoiceNumber;
import dev.samvad.api.model.Invoice;
import java.util.List;
import java.util.Optional;

/**
 * Invoices. An invoice number is unique within its financial year (GST rule); inserting a second
 * one is an {@code ALREADY_EXISTS} conflict.
 */
public interface InvoiceRepository extends Repository<InvoiceId, Invoice> {

  /** The customer's invoices, oldest issue date first (ties by id). */
  List<Versioned<Invoice>> byCustomer(CustomerId customer);

  /** The invoice with this printed number in the financial year starting in April of {@code fy}. */
  Optional<Versioned<Invoice>> byNumber(InvoiceNumber number, int financialYear);
}
