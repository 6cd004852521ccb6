package dev.samvad.orchestration;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.MsmeClaim;
import dev.samvad.culture.UpiPayee;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's settings that bound every campaign.
 *
 * @param windows the hard contact rules (the standard ones, possibly tightened by the tenant)
 * @param caps the per-customer frequency caps
 * @param sellerName the tenant's business name as customers know it
 * @param upi where pay links send money; without it e-mail, letters and WhatsApp carry no reminders
 *     or invoices (their templates carry the pay link), so those go by SMS or voice
 * @param msme the tenant's MSMED Act registration, for firm notices
 * @param invoiceChannels channels invoices are delivered through, in order of preference
 */
public record TenantPolicy(
    ContactWindowPolicy windows,
    FrequencyCaps caps,
    String sellerName,
    Optional<UpiPayee> upi,
    Optional<MsmeClaim> msme,
    List<ChannelKind> invoiceChannels) {

  /** Requires every field and at least one invoice channel. */
  public TenantPolicy {
    InvalidInputException.require(windows, "windows");
    InvalidInputException.require(caps, "caps");
    InvalidInputException.require(sellerName, "sellerName");
    InvalidInputException.require(upi, "upi");
    InvalidInputException.require(msme, "msme");
    InvalidInputException.require(invoiceChannels, "invoiceChannels");
    if (invoiceChannels.isEmpty()) {
      throw new InvalidInputException("invoiceChannels", "must name at least one channel");
    }
    invoiceChannels = List.copyOf(invoiceChannels);
  }
}
