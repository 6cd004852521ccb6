package dev.samvad.relationship;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import java.time.Instant;
import java.util.List;

/**
 * Everything relationship intelligence says about one customer at one moment; the answer of {@link
 * RelationshipIntelligence#analyze}.
 *
 * @param customerId who
 * @param asOf when
 * @param behaviour behaviour patterns
 * @param health health score, components, trend and drivers
 * @param alerts active early warnings, newest first
 * @param openInvoices a delay prediction for every invoice still owed
 */
public record RelationshipAnalysis(
    CustomerId customerId,
    Instant asOf,
    BehaviourProfile behaviour,
    RelationshipHealth health,
    List<Alert> alerts,
    List<OpenInvoicePrediction> openInvoices) {

  /**
   * @param invoiceId the invoice
   * @param prediction when it is likely to be paid
   */
  public record OpenInvoicePrediction(InvoiceId invoiceId, DelayPrediction prediction) {}
}
