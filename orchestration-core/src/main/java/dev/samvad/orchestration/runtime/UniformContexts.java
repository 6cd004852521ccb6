package dev.samvad.orchestration.runtime;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.PhoneNumber;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.CulturalProfiler;
import dev.samvad.culture.ProfileInput;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipContext;
import dev.samvad.culture.UpiPayee;
import dev.samvad.orchestration.CustomerCard;
import dev.samvad.orchestration.FrequencyCaps;
import dev.samvad.orchestration.MessageComposer;
import dev.samvad.orchestration.TenantPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * For tests and benchmarks only: a {@link ContextSource} that gives every customer the same facts,
 * so a load of thousands of campaigns measures the runtime rather than building a profile per
 * customer. Every customer is a Gujarat trader (GSTIN state 24) met for the first time on 1 March
 * 2026, reachable by e-mail and phone, of a tenant with the standard contact windows and caps, a
 * UPI payee and invoices delivered by e-mail. Not for production: real hosts build contexts from
 * their customers.
 */
public final class UniformContexts {
  private UniformContexts() {}

  /**
   * A context source answering every customer with the same profile (under its id), card and
   * policy.
   */
  public static ContextSource gujaratTraders() {
    ReferenceData data = ReferenceData.bundled();
    CulturalProfile profile =
        CulturalProfiler.standard()
            .profile(
                new ProfileInput.Builder(new CustomerId("C-0"))
                    .gstin(new Gstin("24AAACR5055K1ZD"))
                    .build(),
                Instant.parse("2026-03-01T00:00:00Z"));
    RelationshipContext relationship = RelationshipContext.firstContact(LocalDate.of(2026, 3, 1));
    CustomerCard card = card();
    TenantPolicy policy = policy(data);
    return ContextSource.of(
        policy,
        MessageComposer.create(data),
        (tenant, customer) ->
            Optional.of(new CustomerFacts(relabelled(profile, customer), relationship, card)));
  }

  /** The card every customer gets: Shree Traders, reachable by e-mail and phone. */
  public static CustomerCard card() {
    return new CustomerCard(
        "Shree Traders",
        Optional.of("Mehul Shah"),
        Optional.of(new EmailAddress("accounts@shreetraders.in")),
        Optional.of(new PhoneNumber("+919812345678")),
        Optional.empty());
  }

  /**
   * The tenant policy: standard contact windows and caps, a UPI payee, invoices delivered by
   * e-mail.
   */
  public static TenantPolicy policy(ReferenceData data) {
    return new TenantPolicy(
        ContactWindowPolicy.standard(data),
        FrequencyCaps.STANDARD,
        "Acme Supplies",
        Optional.of(new UpiPayee("acme@okbank", "Acme Supplies")),
        Optional.empty(),
        List.of(ChannelKind.EMAIL));
  }

  // The runtime checks that a context is the customer's own.
  private static CulturalProfile relabelled(CulturalProfile p, CustomerId customer) {
    return new CulturalProfile(
        customer,
        p.state(),
        p.region(),
        p.primaryLanguage(),
        p.secondaryLanguages(),
        p.formality(),
        p.directness(),
        p.relationshipOrientation(),
        p.preferredChannels(),
        p.businessHours(),
        p.preferredHours(),
        p.festivals(),
        p.businessCycleNotes(),
        p.dimensions(),
        p.conflicts(),
        p.confidence(),
        p.zone(),
        p.analysedAt(),
        p.referenceVersion());
  }
}
