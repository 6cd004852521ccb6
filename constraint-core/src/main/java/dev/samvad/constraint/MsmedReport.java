package dev.samvad.constraint;

import dev.samvad.api.Money;
import java.util.List;

/**
 * Statutory interest the tenant may claim under sections 15 and 16 of the MSMED Act, 2006, when the
 * tenant is a micro or small enterprise. Not legal advice: the claim also needs the tenant's Udyam
 * registration and the acceptance date, which the engine takes to be the issue date.
 *
 * @param applicable true when the tenant is micro or small; otherwise everything else is zero
 * @param annualRatePercent three times the RBI bank rate in the settings
 * @param invoices open invoices past their statutory date
 * @param principal their open balance
 * @param interest interest accrued on them to the analysis date, each rounded to the rupee
 * @param largest the invoices with the most interest, largest first
 */
public record MsmedReport(
    boolean applicable,
    double annualRatePercent,
    long invoices,
    Money principal,
    Money interest,
    List<MsmedInvoice> largest) {
  /** Copies the list. */
  public MsmedReport {
    largest = List.copyOf(largest);
  }
}
