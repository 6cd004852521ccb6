package dev.samvad.culture.message;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The placeholders a template may use, each with the name written between braces. */
public enum Placeholder {
  SALUTATION("salutation"),
  CUSTOMER_NAME("customerName"),
  SELLER_NAME("sellerName"),
  INVOICE_NUMBER("invoiceNumber"),
  AMOUNT("amount"),
  DUE_DATE("dueDate"),
  DAYS_OVERDUE("daysOverdue"),
  PAY_LINK("payLink"),
  CLOSING("closing"),
  PROMISE_DATE("promiseDate"),
  PAID_AMOUNT("paidAmount"),
  FESTIVAL_NAME("festivalName"),
  MSME_CLAUSE("msmeClause"),
  /** The addressee's name; allowed only inside salutations. */
  NAME("name");

  private static final Map<String, Placeholder> BY_NAME = new HashMap<>();

  static {
    for (Placeholder p : values()) {
      BY_NAME.put(p.key, p);
    }
  }

  private final String key;

  Placeholder(String key) {
    this.key = key;
  }

  /** The name between the braces, e.g. {@code invoiceNumber}. */
  public String key() {
    return key;
  }

  /** The placeholder written {@code {key}}, or empty when the name is unknown. */
  public static Optional<Placeholder> byKey(String key) {
    return Optional.ofNullable(BY_NAME.get(key));
  }

  /**
   * True when the placeholder may render as nothing; the whitespace around it is then tidied.
   * Everything else must have a value or rendering fails naming the fact.
   */
  public boolean mayBeEmpty() {
    return this == MSME_CLAUSE;
  }
}
