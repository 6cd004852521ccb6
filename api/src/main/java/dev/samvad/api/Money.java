package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: a whole number of minor units (paise for INR) in a {@code long} plus
 * its currency. Arithmetic is exact and throws {@link ArithmeticException} on overflow rather than
 * wrapping; mixing currencies throws {@link InvalidInputException}.
 *
 * <p>{@link #format()} renders in Indian digit grouping ({@code ₹1,23,45,678.50}), which {@code
 * java.text} cannot do; ICU4J's formatter is used, created once and shared (it is immutable).
 *
 * <p>JSON form: {@code {"paise": 12345050, "currency": "INR", "formatted": "₹1,23,450.50"}}. On
 * input {@code amount} (a decimal string or number of rupees) may stand in for {@code paise}.
 *
 * @param paise the amount in minor units of {@code currency} (paise for INR, cents for USD)
 * @param currency an ISO 4217 currency
 */
@JsonIgnoreProperties(value = "formatted", allowGetters = true)
public record Money(long paise, Currency currency) implements Comparable<Money> {

  /** The Indian rupee, the default currency. */
  public static final Currency INR = Currency.getInstance("INR");

  /** Zero rupees. */
  public static final Money ZERO = new Money(0, INR);

  private static final ULocale INDIA = new ULocale("en_IN");

  /** Validates the currency; any {@code long} amount is allowed, negatives included. */
  public Money {
    InvalidInputException.require(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new InvalidInputException("currency", "has no minor unit: " + currency);
    }
  }

  /** An amount in paise. */
  public static Money ofPaise(long paise) {
    return new Money(paise, INR);
  }

  /** A whole number of rupees. */
  public static Money ofRupees(long rupees) {
    return new Money(Math.multiplyExact(rupees, 100L), INR);
  }

  /**
   * Parses a decimal amount of rupees such as {@code "1234.5"}, {@code "1,23,456.00"} or {@code "₹
   * 50,000"}. More than two decimal places is an error, never a silent rounding.
   */
  public static Money parseRupees(String text) {
    return parse(text, INR, "amount");
  }

  /**
   * Parses a decimal amount in {@code currency}, naming {@code field} in the error when the text is
   * not an exact amount of that currency.
   */
  public static Money parse(String text, Currency currency, String field) {
    InvalidInputException.require(text, field);
    String cleaned = text.strip().replace("₹", "").replace("Rs.", "").replace("INR", "");
    cleaned = cleaned.replace(",", "").replace(" ", "").replace("\u00a0", "");
    if (cleaned.isEmpty()) {
      throw new InvalidInputException(field, "is not an amount: '" + abbreviate(text) + "'");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(cleaned);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "is not an amount: '" + abbreviate(text) + "'");
    }
    return of(value, currency, field);
  }

  /** An exact decimal amount in major units; throws when it has more decimals than the currency. */
  public static Money of(BigDecimal major, Currency currency, String field) {
    int digits = currency.getDefaultFractionDigits();
    BigDecimal minor = major.movePointRight(digits);
    try {
      return new Money(minor.setScale(0, RoundingMode.UNNECESSARY).longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new InvalidInputException(
          field, "must have at most " + digits + " decimal places and fit in range, was " + major);
    }
  }

  @JsonCreator
  static Money fromJson(
      @JsonProperty("paise") Long paise,
      @JsonProperty("amount") Object amount,
      @JsonProperty("currency") String currencyCode) {
    Currency currency = currencyCode == null ? INR : currency(currencyCode);
    if (paise != null && amount != null) {
      throw new InvalidInputException("amount", "give either paise or amount, not both");
    }
    if (paise != null) {
      return new Money(paise, currency);
    }
    InvalidInputException.require(amount, "paise");
    if (amount instanceof String text) {
      return parse(text, currency, "amount");
    }
    if (amount instanceof Number number) {
      return of(new BigDecimal(number.toString()), currency, "amount");
    }
    throw new InvalidInputException(
        ErrorCode.WRONG_TYPE, "amount", "must be a number or a decimal string");
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("currency", "is not an ISO 4217 code: '" + code + "'");
    }
  }

  /** The amount in major units (rupees), exact. */
  @JsonIgnore
  public BigDecimal toMajor() {
    return BigDecimal.valueOf(paise, currency.getDefaultFractionDigits());
  }

  /** The sum; both must be in the same currency. */
  public Money plus(Money other) {
    return new Money(Math.addExact(paise, sameCurrency(other).paise), currency);
  }

  /** The difference; both must be in the same currency. */
  public Money minus(Money other) {
    return new Money(Math.subtractExact(paise, sameCurrency(other).paise), currency);
  }

  /** This amount times a whole factor. */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(paise, factor), currency);
  }

  /** The amount with the opposite sign. */
  public Money negate() {
    return new Money(Math.negateExact(paise), currency);
  }

  /**
   * Splits this amount into {@code parts} amounts that differ by at most one minor unit and sum
   * exactly to this amount (the first ones get the extra paise).
   */
  public Money[] split(int parts) {
    if (parts <= 0) {
      throw new InvalidInputException("parts", "must be positive, was " + parts);
    }
    long base = paise / parts;
    long remainder = paise % parts;
    Money[] result = new Money[parts];
    for (int i = 0; i < parts; i++) {
      long extra = i < Math.abs(remainder) ? Long.signum(remainder) : 0;
      result[i] = new Money(base + extra, currency);
    }
    return result;
  }

  /** True when the amount is below zero. */
  @JsonIgnore
  public boolean isNegative() {
    return paise < 0;
  }

  /** True when the amount is exactly zero. */
  @JsonIgnore
  public boolean isZero() {
    return paise == 0;
  }

  /** The smaller of the two amounts (same currency). */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Orders by amount; both must be in the same currency. */
  @Override
  public int compareTo(Money other) {
    return Long.compare(paise, sameCurrency(other).paise);
  }

  /**
   * Renders with the currency symbol and Indian digit grouping: {@code ₹1,23,45,678.50}, {@code
   * -₹5.00}. Always shows the currency's minor digits.
   */
  @JsonProperty("formatted")
  public String format() {
    return Formatters.WITH_SYMBOL.forCurrency(currency).format(toMajor()).toString();
  }

  /** Renders with Indian digit grouping but without a symbol: {@code 1,23,45,678.50}. */
  public String formatPlain() {
    return Formatters.PLAIN
        .precision(Precision.fixedFraction(currency.getDefaultFractionDigits()))
        .format(toMajor())
        .toString();
  }

  @Override
  public String toString() {
    return format();
  }

  private Money sameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new InvalidInputException(
          "currency", "cannot combine " + currency + " with " + other.currency);
    }
    return other;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** ICU formatters are immutable and thread-safe; build them once. */
  private static final class Formatters {
    static final LocalizedNumberFormatter PLAIN = NumberFormatter.withLocale(INDIA);
    static final CurrencyFormatters WITH_SYMBOL = new CurrencyFormatters();
  }

  private static final class CurrencyFormatters {
    private final LocalizedNumberFormatter inr = build(INR);

    LocalizedNumberFormatter forCurrency(Currency currency) {
      return currency.equals(INR) ? inr : build(currency);
    }

    private static LocalizedNumberFormatter build(Currency currency) {
      return NumberFormatter.withLocale(INDIA)
          .unit(com.ibm.icu.util.Currency.getInstance(currency.getCurrencyCode()))
          .precision(Precision.fixedFraction(currency.getDefaultFractionDigits()));
    }
  }
}
