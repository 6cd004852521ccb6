package dev.samvad.constraint;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;

/**
 * A customer ranked by overdue exposure: the sum over their overdue invoices of open balance × days
 * past due. A large old balance outranks a large new one and a small old one.
 *
 * @param customerId the customer
 * @param overdue open balance past its due date
 * @param overdueInvoices how many invoices that is
 * @param oldestDaysOverdue days past due of the oldest
 * @param weightedDaysOverdue amount-weighted mean days past due
 * @param rupeeDays the ranking score, rupees × days past due
 */
public record AtRiskCustomer(
    CustomerId customerId,
    Money overdue,
    long overdueInvoices,
    int oldestDaysOverdue,
    double weightedDaysOverdue,
    double rupeeDays) {}
