package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.api.LanguageForm;
import dev.samvad.examples.portfolio.PaymentHabit;

/**
 * One simulated customer: who they are in the sample book and how they answer Samvad. Made by
 * {@link Personas} from the book's own payment habit, so a prompt payer stays prompt and a chronic
 * late payer keeps asking for time.
 *
 * @param customer the customer
 * @param habit the payment habit the sample book was generated with
 * @param writes the language form they write replies in
 * @param behaviour what they do the first time they are asked for money
 * @param days how long they take: days until they pay, the days they ask for, or how far ahead the
 *     date they name is
 * @param keepsWord whether they keep a promise, whether a claim of payment is true, whether they
 *     pay once a dispute is settled
 * @param answersCalls whether they pick up when the collections team calls
 * @param seed for their own choices (which words, what time of day)
 */
public record Persona(
    CustomerId customer,
    PaymentHabit habit,
    LanguageForm writes,
    Behaviour behaviour,
    int days,
    boolean keepsWord,
    boolean answersCalls,
    long seed) {}
