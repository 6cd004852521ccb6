package dev.samvad.api.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The consent ledger's rules and the basis a policy derives from it. */
class ContactBasisPolicyTest {
  static final CustomerId C = new CustomerId("C-1");
  static final Instant T0 = Instant.parse("2026-03-02T04:30:00Z");

  static ConsentEntry given(ChannelKind channel, Instant at) {
    return ConsentEntry.given(channel, "privacy-notice/v3", "payment reminders", at, "form");
  }

  static ConsentEntry withdrawn(ChannelKind channel, Instant at) {
    return ConsentEntry.withdrawn(channel, at, "reply", Optional.of("txt-1"));
  }

  @Test
  void theDefaultRestsOnLegitimateUseExceptOnWhatsApp() {
    ContactBasisPolicy standard = ContactBasisPolicy.standard();
    ConsentRecord none = ConsentRecord.empty(C);
    for (ChannelKind channel : ChannelKind.values()) {
      ContactBasis.Kind expected =
          channel == ChannelKind.WHATSAPP
              ? ContactBasis.Kind.NONE
              : ContactBasis.Kind.LEGITIMATE_USE;
      assertEquals(expected, standard.basis(none, channel, T0, false).kind(), channel.name());
    }
    assertEquals(
        ContactBasis.Kind.CONSENT, standard.basis(none, ChannelKind.WHATSAPP, T0, true).kind());
    for (ChannelKind channel : ChannelKind.values()) {
      assertEquals(
          channel == ChannelKind.WHATSAPP ? ContactBasis.Kind.CONSENT : ContactBasis.Kind.NONE,
          ContactBasisPolicy.consentEverywhere().basis(none, channel, T0, true).kind());
    }
  }

  @Test
  void aWithdrawalWinsOverPolicyAndOptInUntilConsentIsGivenAgain() {
    ConsentRecord ledger =
        ConsentRecord.empty(C)
            .with(withdrawn(ChannelKind.WHATSAPP, T0))
            .with(withdrawn(ChannelKind.EMAIL, T0));
    ContactBasisPolicy standard = ContactBasisPolicy.standard();
    assertEquals(
        ContactBasis.Kind.NONE, standard.basis(ledger, ChannelKind.WHATSAPP, T0, true).kind());
    assertEquals(
        ContactBasis.Kind.NONE, standard.basis(ledger, ChannelKind.EMAIL, T0, false).kind());
    assertEquals(
        ContactBasis.Kind.CONSENT,
        standard.basis(ledger, ChannelKind.WHATSAPP, T0.minusSeconds(1), true).kind(),
        "before the withdrawal the opt-in stood");
    ConsentRecord again = ledger.with(given(ChannelKind.EMAIL, T0.plusSeconds(60)));
    assertEquals(
        ContactBasis.Kind.CONSENT,
        standard.basis(again, ChannelKind.EMAIL, T0.plusSeconds(60), false).kind());
    assertTrue(standard.basis(again, ChannelKind.EMAIL, T0, false).reason().contains("withdrawn"));
  }

  @Test
  void badEntriesAndPoliciesAreTypedErrors() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new ConsentEntry(
                    ChannelKind.SMS,
                    ConsentEntry.Action.GIVEN,
                    T0,
                    "form",
                    Optional.empty(),
                    Optional.of("x"),
                    Optional.empty()));
    assertEquals("notice", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> ConsentEntry.withdrawn(ChannelKind.SMS, T0, " ", Optional.empty()));
    assertEquals("source", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ConsentRecord.empty(C)
                    .with(given(ChannelKind.SMS, T0))
                    .with(withdrawn(ChannelKind.SMS, T0.minusSeconds(1))));
    assertEquals("at", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                ContactBasisPolicy.standard()
                    .with(
                        ChannelKind.WHATSAPP,
                        ContactBasisPolicy.Requirement.CONSENT_OR_LEGITIMATE_USE));
    assertEquals("requirements", e.field());
  }

  /** One step of a random history: channel, given or not, minutes after the previous step. */
  record Step(ChannelKind channel, boolean given, int minutes) {}

  @Provide
  Arbitrary<List<Step>> histories() {
    return Combinators.combine(
            Arbitraries.of(ChannelKind.class),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 90))
        .as(Step::new)
        .list()
        .ofMaxSize(30);
  }

  @Provide
  Arbitrary<ContactBasisPolicy> policies() {
    return Arbitraries.of(ContactBasisPolicy.Requirement.class)
        .list()
        .ofSize(ChannelKind.values().length)
        .map(
            reqs -> {
              ContactBasisPolicy p = ContactBasisPolicy.consentEverywhere();
              for (ChannelKind c : ChannelKind.values()) {
                if (c != ChannelKind.WHATSAPP) {
                  p = p.with(c, reqs.get(c.ordinal()));
                }
              }
              return p;
            });
  }

  /**
   * Whatever the policy and opt-in, the basis at any moment follows the channel's latest entry at
   * or before it: none after a withdrawal, consent after a consent; with no entry, the policy.
   */
  @Property(tries = 300)
  void theLatestEntryAtTheMomentDecides(
      @ForAll("histories") List<Step> steps,
      @ForAll("policies") ContactBasisPolicy policy,
      @ForAll boolean optIn,
      @ForAll ChannelKind probe,
      @ForAll int probeMinutes) {
    ConsentRecord ledger = ConsentRecord.empty(C);
    List<ConsentEntry> entries = new ArrayList<>();
    Instant t = T0;
    for (Step s : steps) {
      t = t.plus(Duration.ofMinutes(s.minutes()));
      ConsentEntry e = s.given() ? given(s.channel(), t) : withdrawn(s.channel(), t);
      ledger = ledger.with(e);
      entries.add(e);
    }
    Instant at = T0.plus(Duration.ofMinutes(Math.floorMod(probeMinutes, 30 * 91)));
    ConsentEntry latest = null;
    for (ConsentEntry e : entries) {
      if (e.channel() == probe && !e.at().isAfter(at)) {
        latest = e;
      }
    }
    ContactBasis basis = policy.basis(ledger, probe, at, optIn);
    if (latest != null) {
      assertEquals(
          latest.action() == ConsentEntry.Action.GIVEN
              ? ContactBasis.Kind.CONSENT
              : ContactBasis.Kind.NONE,
          basis.kind());
      assertEquals(Optional.of(latest), basis.entry());
    } else if (probe == ChannelKind.WHATSAPP) {
      assertEquals(optIn ? ContactBasis.Kind.CONSENT : ContactBasis.Kind.NONE, basis.kind());
    } else {
      assertEquals(
          policy.requirements().get(probe) == ContactBasisPolicy.Requirement.CONSENT
              ? ContactBasis.Kind.NONE
              : ContactBasis.Kind.LEGITIMATE_USE,
          basis.kind());
    }
  }
}
