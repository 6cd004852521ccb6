package dev.samvad.culture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.EmailAddress;
import dev.samvad.api.Gstin;
import dev.samvad.api.IndianState;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Language;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.PhoneNumber;
import dev.samvad.api.PinCode;
import dev.samvad.api.Region;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.ImmutableAddress;
import dev.samvad.api.model.ImmutableContact;
import dev.samvad.api.model.ImmutableCustomer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CulturalProfilerTest {
  private static final Instant NOW = Instant.parse("2026-10-01T05:30:00Z");
  private final CulturalProfiler profiler = CulturalProfiler.standard();

  private static String gstin(String state) {
    String first14 = state + "AAPFU0939F1Z";
    return first14 + Gstin.checkCharacter(first14);
  }

  private static ProfileInput.Builder input() {
    return new ProfileInput.Builder(new CustomerId("C-1"));
  }

  @Test
  void gstinDecidesTheStateAndAgreeingPinRaisesConfidence() {
    CulturalProfile alone = profiler.profile(input().gstin(new Gstin(gstin("33"))).build(), NOW);
    CulturalProfile agreeing =
        profiler.profile(
            input().gstin(new Gstin(gstin("33"))).pin(new PinCode("600001")).build(), NOW);
    assertEquals(IndianState.TAMIL_NADU, alone.knownState().orElseThrow());
    assertEquals(Region.SOUTH, alone.region().value());
    assertTrue(
        agreeing.state().orElseThrow().confidence() > alone.state().orElseThrow().confidence());
    assertEquals(Evidence.Source.GSTIN, alone.state().orElseThrow().evidence().get(0).source());
    assertEquals(Language.TAMIL, alone.primaryLanguage().value().language());
    assertEquals(Evidence.Source.STATE_DEFAULT, alone.primaryLanguage().evidence().get(0).source());
  }

  @Test
  void conflictingLocationLowersConfidenceAndIsReported() {
    CulturalProfile p =
        profiler.profile(
            input().gstin(new Gstin(gstin("27"))).pin(new PinCode("560001")).build(), NOW);
    assertEquals(IndianState.MAHARASHTRA, p.knownState().orElseThrow());
    assertTrue(p.state().orElseThrow().confidence() < 0.95);
    assertFalse(p.conflicts().isEmpty());
  }

  @Test
  void pinThenCityWhenThereIsNoGstin() {
    assertEquals(
        IndianState.WEST_BENGAL,
        profiler
            .profile(input().pin(new PinCode("700019")).build(), NOW)
            .knownState()
            .orElseThrow());
    CulturalProfile byCity = profiler.profile(input().location("Vizag").build(), NOW);
    assertEquals(IndianState.ANDHRA_PRADESH, byCity.knownState().orElseThrow());
    assertEquals(Evidence.Source.CITY, byCity.state().orElseThrow().evidence().get(0).source());
  }

  @Test
  void statedLanguageBeatsRepliesWhichBeatTheStateDefault() {
    ProfileInput.Builder kolkata = input().pin(new PinCode("700019"));
    kolkata.reply("Payment kal tak kar denge, thoda time chahiye bhai", ChannelKind.WHATSAPP, NOW);
    kolkata.reply(
        "Aapka invoice mil gaya hai, hum check karke bhejte hain", ChannelKind.WHATSAPP, NOW);
    CulturalProfile fromReplies = profiler.profile(kolkata.build(), NOW);
    assertEquals(LanguageForm.HINGLISH, fromReplies.primaryLanguage().value());
    assertEquals(Evidence.Source.REPLIES, fromReplies.primaryLanguage().evidence().get(0).source());

    CulturalProfile stated =
        profiler.profile(kolkata.statedLanguage(LanguageForm.parse("bn")).build(), NOW);
    assertEquals(Language.BENGALI, stated.primaryLanguage().value().language());
    assertFalse(stated.conflicts().isEmpty(), "replies in another language are reported");

    CulturalProfile neither = profiler.profile(input().pin(new PinCode("700019")).build(), NOW);
    assertEquals(Language.BENGALI, neither.primaryLanguage().value().language());
    assertTrue(neither.primaryLanguage().confidence() < fromReplies.primaryLanguage().confidence());
  }

  @Test
  void noFactsGiveALowConfidencePlaceholderThatSaysSo() {
    CulturalProfile p = profiler.profile(ProfileInput.minimal(new CustomerId("C-9")), NOW);
    assertTrue(p.state().isEmpty());
    assertTrue(p.region().confidence() < 0.1);
    assertEquals(LanguageForm.ENGLISH, p.primaryLanguage().value());
    assertFalse(p.conflicts().isEmpty());
    assertTrue(p.confidence() < 0.5);
  }

  @Test
  void contactNamesNeverChangeTheProfile() {
    Customer base = customer("Ramesh Iyer");
    for (String name :
        List.of("Mohammed Siddiqui", "Harpreet Kaur", "Joseph D'Souza", "Anjali Banerjee")) {
      CulturalProfile a = profiler.profile(ProfileInput.from(base, List.of()), NOW);
      CulturalProfile b = profiler.profile(ProfileInput.from(customer(name), List.of()), NOW);
      assertEquals(a, b, "profile changed with contact name " + name);
    }
  }

  @Test
  void whatsappIsOfferedOnlyWithOptInAndStatedChannelsComeFirst() {
    CulturalProfile p = profiler.profile(ProfileInput.from(customer("A B"), List.of()), NOW);
    assertFalse(p.preferredChannels().value().contains(ChannelKind.WHATSAPP));
    CulturalProfile stated =
        profiler.profile(input().statedChannels(List.of(ChannelKind.VOICE)).build(), NOW);
    assertEquals(ChannelKind.VOICE, stated.preferredChannels().value().get(0));
  }

  @Test
  void festivalsAndBusinessCycleFollowTheRegion() {
    CulturalProfile gujarat = profiler.profile(input().gstin(new Gstin(gstin("24"))).build(), NOW);
    assertTrue(gujarat.festivals().stream().anyMatch(f -> f.startsWith("diwali-2026")));
    assertTrue(gujarat.festivals().stream().noneMatch(f -> f.startsWith("onam")));
    assertTrue(
        gujarat.businessCycleNotes().stream().anyMatch(n -> n.startsWith("diwali-book-closing")));
    assertTrue(
        gujarat.dimensions().stream().anyMatch(d -> d.code().equals("PDI") && d.score() == 77));
  }

  @Test
  void statedTimePreferencesAreParsedAndBadOnesNamed() {
    CulturalProfile p =
        profiler.profile(input().timePreferences(List.of("morning", "15:00-17:00")).build(), NOW);
    assertEquals(List.of(9, 10, 11, 15, 16), p.preferredHours().value());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> profiler.profile(input().timePreferences(List.of("midnight-ish")).build(), NOW));
    assertEquals("timePreferences[0]", e.field());
  }

  @Test
  void smallTradersGetAWarmerRegisterThanLargeCompanies() {
    CulturalProfile small =
        profiler.profile(input().size(BusinessSize.MICRO).businessType("trader").build(), NOW);
    CulturalProfile large = profiler.profile(input().size(BusinessSize.LARGE).build(), NOW);
    assertEquals(Formality.SEMI_FORMAL, small.formality().value());
    assertEquals(
        RelationshipOrientation.RELATIONSHIP_FIRST, small.relationshipOrientation().value());
    assertEquals(Formality.FORMAL, large.formality().value());
    assertEquals(Directness.DIRECT, large.directness().value());
  }

  private static Customer customer(String contactName) {
    return ImmutableCustomer.builder()
        .id(new CustomerId("C-1"))
        .legalName("Sri Venkateswara Agencies")
        .gstin(new Gstin(gstin("36")))
        .address(
            ImmutableAddress.builder()
                .line1("12 MG Road")
                .city("Hyderabad")
                .pin(new PinCode("500001"))
                .build())
        .addContacts(
            ImmutableContact.builder()
                .name(contactName)
                .phone(PhoneNumber.parse("9876543210"))
                .email(new EmailAddress("accounts@example.in"))
                .build())
        .build();
  }
}
