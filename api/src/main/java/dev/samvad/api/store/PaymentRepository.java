package dev.samvad.api.store;

import dev.samvad.api.CustomerId;
import dev.samvad.api.PaymentId;
import dev.samvad.api.model.Payment;
import java.util.List;

/** Payments received. */
public interface PaymentRepository extends Repository<PaymentId, Payment> {

  /** The customer's payments, earliest first (ties by id). */
  List<Versioned<Payment>> byCustomer(CustomerId customer);
}
