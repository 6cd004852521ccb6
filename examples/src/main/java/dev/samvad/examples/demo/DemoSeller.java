package dev.samvad.examples.demo;

import dev.samvad.culture.UpiPayee;
import dev.samvad.sdk.CollectionSettings;

/** The seller the demo's book belongs to, as its customers know it, and its collection settings. */
final class DemoSeller {
  /** The business name on every message. */
  static final String NAME = "Samvad Demo Traders";

  /** Where pay links send money. */
  static final UpiPayee UPI = new UpiPayee("demo.traders@samvad", NAME);

  private DemoSeller() {}

  /** Standard caps and contact rules, invoices by e-mail. */
  static CollectionSettings settings() {
    return CollectionSettings.of(NAME, UPI);
  }
}
