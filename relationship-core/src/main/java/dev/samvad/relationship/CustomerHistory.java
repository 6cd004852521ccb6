package dev.samvad.relationship;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.model.Interaction;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.Payment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything relationship intelligence knows about one customer: invoices, payments (with their
 * allocations to invoices), interactions, what was read from the customer's replies, and a few
 * stated facts. Lists may be in any order; every analysis takes an explicit "as of" time and
 * ignores what happened after it.
 *
 * <p>An invoice counts as settled on the day the payments allocated to it first add up to its
 * amount. A {@code PAID} invoice with no allocations has no known settlement date and is left out
 * of payment timing; {@code CANCELLED} invoices are left out entirely.
 *
 * @param customerId whose history this is; every invoice, payment and interaction must carry it
 * @param invoices invoices issued to the customer
 * @param payments payments received from the customer
 * @param interactions messages and calls in both directions
 * @param replies what was read from the customer's replies
 * @param statedPreference the channel the customer said they prefer, if they said
 * @param customerSince when the relationship began; the first invoice when absent
 */
public record CustomerHistory(
    CustomerId customerId,
    List<Invoice> invoices,
    List<Payment> payments,
    List<Interaction> interactions,
    List<ReplySignal> replies,
    Optional<ChannelKind> statedPreference,
    Optional<LocalDate> customerSince) {

  /** Copies the lists and checks every item belongs to {@code customerId}. */
  public CustomerHistory {
    InvalidInputException.require(customerId, "customerId");
    invoices = List.copyOf(InvalidInputException.require(invoices, "invoices"));
    payments = List.copyOf(InvalidInputException.require(payments, "payments"));
    interactions = List.copyOf(InvalidInputException.require(interactions, "interactions"));
    replies = List.copyOf(InvalidInputException.require(replies, "replies"));
    InvalidInputException.require(statedPreference, "statedPreference");
    InvalidInputException.require(customerSince, "customerSince");
    for (int i = 0; i < invoices.size(); i++) {
      if (!invoices.get(i).customerId().equals(customerId)) {
        throw new InvalidInputException(
            "invoices[" + i + "].customerId", "must be " + customerId.value());
      }
    }
    for (int i = 0; i < payments.size(); i++) {
      if (!payments.get(i).customerId().equals(customerId)) {
        throw new InvalidInputException(
            "payments[" + i + "].customerId", "must be " + customerId.value());
      }
    }
    for (int i = 0; i < interactions.size(); i++) {
      if (!interactions.get(i).customerId().equals(customerId)) {
        throw new InvalidInputException(
            "interactions[" + i + "].customerId", "must be " + customerId.value());
      }
    }
  }

  /** A builder for the history of {@code customerId}. */
  public static Builder builder(CustomerId customerId) {
    return new Builder(customerId);
  }

  /** A builder holding this history, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(customerId);
    b.invoices.addAll(invoices);
    b.payments.addAll(payments);
    b.interactions.addAll(interactions);
    b.replies.addAll(replies);
    b.statedPreference = statedPreference;
    b.customerSince = customerSince;
    return b;
  }

  /** Collects a history; not thread-safe. */
  public static final class Builder {
    private final CustomerId customerId;
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<ReplySignal> replies = new ArrayList<>();
    private Optional<ChannelKind> statedPreference = Optional.empty();
    private Optional<LocalDate> customerSince = Optional.empty();

    private Builder(CustomerId customerId) {
      this.customerId = customerId;
    }

    public Builder invoice(Invoice invoice) {
      invoices.add(invoice);
      return this;
    }

    public Builder invoices(Collection<? extends Invoice> all) {
      invoices.addAll(all);
      return this;
    }

    public Builder payment(Payment payment) {
      payments.add(payment);
      return this;
    }

    public Builder payments(Collection<? extends Payment> all) {
      payments.addAll(all);
      return this;
    }

    public Builder interaction(Interaction interaction) {
      interactions.add(interaction);
      return this;
    }

    public Builder interactions(Collection<? extends Interaction> all) {
      interactions.addAll(all);
      return this;
    }

    public Builder reply(ReplySignal reply) {
      replies.add(reply);
      return this;
    }

    public Builder replies(Collection<? extends ReplySignal> all) {
      replies.addAll(all);
      return this;
    }

    public Builder statedPreference(ChannelKind channel) {
      statedPreference = Optional.of(channel);
      return this;
    }

    public Builder customerSince(LocalDate day) {
      customerSince = Optional.of(day);
      return this;
    }

    public CustomerHistory build() {
      return new CustomerHistory(
          customerId, invoices, payments, interactions, replies, statedPreference, customerSince);
    }
  }
}
