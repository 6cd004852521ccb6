package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.api.Money;
import java.time.Instant;

/**
 * A payment a simulated customer made, recorded through the tenant session with allocations to
 * their invoices.
 *
 * @param at when it was recorded
 * @param customer who paid
 * @param amount how much
 * @param settlesEverything true when nothing was owed by the customer afterwards
 */
public record CustomerPayment(
    Instant at, CustomerId customer, Money amount, boolean settlesEverything) {}
