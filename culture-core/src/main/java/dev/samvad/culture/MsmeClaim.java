package dev.samvad.culture;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.model.BusinessSize;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The seller's claim to the MSMED Act, 2006's protection against late payment: only micro and small
 * enterprises have it. Firm and final notices then cite the Act and the interest accrued.
 *
 * @param sellerSize the seller's registered size; must be {@link BusinessSize#MICRO} or {@link
 *     BusinessSize#SMALL}
 * @param bankRatePercent the bank rate notified by the Reserve Bank of India, in percent a year
 *     (e.g. {@code 6.50}); a tenant setting, since the rate changes. The Act's rate is three times
 *     it.
 * @param acceptedOn the day the buyer accepted (or is deemed to have accepted) the goods or
 *     services; the agreed payment period cannot run past 45 days from it
 */
public record MsmeClaim(BusinessSize sellerSize, BigDecimal bankRatePercent, LocalDate acceptedOn) {
  private static final BigDecimal MAX_RATE = new BigDecimal("50");

  /** Validates; throws {@link InvalidInputException} naming the field under {@code msme}. */
  public MsmeClaim {
    InvalidInputException.require(sellerSize, "msme.sellerSize");
    InvalidInputException.require(bankRatePercent, "msme.bankRatePercent");
    InvalidInputException.require(acceptedOn, "msme.acceptedOn");
    if (!sellerSize.isMsmedProtected()) {
      throw new InvalidInputException(
          "msme.sellerSize",
          "only micro and small enterprises may claim the MSMED Act's late-payment interest, was "
              + sellerSize);
    }
    if (bankRatePercent.signum() <= 0 || bankRatePercent.compareTo(MAX_RATE) > 0) {
      throw new InvalidInputException(
          "msme.bankRatePercent",
          "must be a percentage above 0 and at most 50, was " + bankRatePercent);
    }
  }

  /** The Act's rate: three times the bank rate, in percent a year. */
  public BigDecimal statutoryRatePercent() {
    return bankRatePercent.multiply(BigDecimal.valueOf(3));
  }
}
