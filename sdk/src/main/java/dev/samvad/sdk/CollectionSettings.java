package dev.samvad.sdk;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.MsmeClaim;
import dev.samvad.culture.TenantContactRules;
import dev.samvad.culture.UpiPayee;
import dev.samvad.orchestration.FrequencyCaps;
import java.util.List;
import java.util.Optional;

/**
 * What a tenant's campaigns say about the tenant and how far they may go: the seller's name and pay
 * link, the per-customer frequency caps, the tenant's own contact rules (which may only tighten the
 * legal ones) and the channels invoices go out on. Supply them per tenant with {@link
 * Samvad.Builder#collectionSettings}.
 *
 * @param sellerName the business name customers know the tenant by; appears in every message
 * @param upi where pay links send money; without it payment messages cannot be rendered
 * @param msme the tenant's MSMED Act registration, quoted in firm and final notices
 * @param caps payment messages per customer per day and per week, across all channels
 * @param contactRules the tenant's tightening of the hard contact windows
 * @param invoiceChannels channels invoices are delivered on, in order of preference
 */
public record CollectionSettings(
    String sellerName,
    Optional<UpiPayee> upi,
    Optional<MsmeClaim> msme,
    FrequencyCaps caps,
    TenantContactRules contactRules,
    List<ChannelKind> invoiceChannels) {

  /** Validates every field, naming it in the error. */
  public CollectionSettings {
    InvalidInputException.require(sellerName, "sellerName");
    if (sellerName.isBlank() || sellerName.length() > 100) {
      throw new InvalidInputException("sellerName", "must be 1 to 100 characters, not blank");
    }
    InvalidInputException.require(upi, "upi");
    InvalidInputException.require(msme, "msme");
    InvalidInputException.require(caps, "caps");
    InvalidInputException.require(contactRules, "contactRules");
    InvalidInputException.require(invoiceChannels, "invoiceChannels");
    if (invoiceChannels.isEmpty()) {
      throw new InvalidInputException("invoiceChannels", "must name at least one channel");
    }
    invoiceChannels = List.copyOf(invoiceChannels);
  }

  /**
   * Settings with the standard caps (one payment message a day, three a week), no tightening of the
   * contact rules and invoices by e-mail.
   *
   * @param sellerName the tenant's business name
   * @param upi where pay links send money
   */
  public static CollectionSettings of(String sellerName, UpiPayee upi) {
    return new CollectionSettings(
        sellerName,
        Optional.of(upi),
        Optional.empty(),
        FrequencyCaps.STANDARD,
        TenantContactRules.none(),
        List.of(ChannelKind.EMAIL));
  }

  /** These settings with other caps. */
  public CollectionSettings withCaps(FrequencyCaps value) {
    return new CollectionSettings(sellerName, upi, msme, value, contactRules, invoiceChannels);
  }

  /** These settings with the tenant's contact rules. */
  public CollectionSettings withContactRules(TenantContactRules value) {
    return new CollectionSettings(sellerName, upi, msme, caps, value, invoiceChannels);
  }

  /** These settings with an MSMED Act registration. */
  public CollectionSettings withMsme(MsmeClaim value) {
    return new CollectionSettings(
        sellerName, upi, Optional.of(value), caps, contactRules, invoiceChannels);
  }
}
