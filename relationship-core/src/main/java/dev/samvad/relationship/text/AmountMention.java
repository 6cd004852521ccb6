package dev.samvad.relationship.text;

import dev.samvad.api.Money;

/**
 * An amount of money in the reply, read from Indian forms: {@code 50k}, {@code 1.5 lakh}, {@code
 * ₹1,20,000}, {@code Rs. 5000/-}, {@code dedh lakh}, {@code dhai hazaar}, {@code 2 cr}, native
 * digits.
 *
 * @param amount the amount in rupees (paise precision)
 * @param scope whether it is the whole dues or a part
 * @param span the words it came from
 */
public record AmountMention(Money amount, AmountScope scope, Span span) {}
