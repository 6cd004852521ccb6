package dev.samvad.examples.portfolio;

import dev.samvad.api.CustomerId;
import dev.samvad.api.LanguageForm;

/**
 * What the generator knows about a customer that the data only shows indirectly: the payment habit
 * it simulated and the language form the customer writes in. For scoring engines, never for feeding
 * them.
 *
 * @param customerId the customer
 * @param habit the simulated payment habit
 * @param writes the language form of the customer's replies
 * @param optedOut true when the customer sent STOP at some point
 */
public record CustomerTruth(
    CustomerId customerId, PaymentHabit habit, LanguageForm writes, boolean optedOut) {}
