package dev.samvad.constraint;

import dev.samvad.api.CustomerId;
import dev.samvad.api.InvoiceId;
import dev.samvad.api.Money;
import java.time.LocalDate;

/**
 * One invoice paid late under the MSMED Act, with interest accrued to the analysis date.
 *
 * @param invoiceId the invoice
 * @param customerId the buyer
 * @param interestFrom first day interest runs (the day after the due date or the 45th day after
 *     issue, whichever is earlier)
 * @param daysLate days from {@code interestFrom} to the analysis date, both included
 * @param principal the open balance
 * @param interest compound interest with monthly rests, to the rupee
 */
public record MsmedInvoice(
    InvoiceId invoiceId,
    CustomerId customerId,
    LocalDate interestFrom,
    long daysLate,
    Money principal,
    Money interest) {}
