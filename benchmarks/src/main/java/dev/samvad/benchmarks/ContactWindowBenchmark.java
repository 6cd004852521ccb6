package dev.samvad.benchmarks;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.IndianState;
import dev.samvad.api.Language;
import dev.samvad.culture.BusinessHours;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.Directness;
import dev.samvad.culture.Evidence;
import dev.samvad.culture.Finding;
import dev.samvad.culture.Formality;
import dev.samvad.culture.ReferenceData;
import dev.samvad.culture.RelationshipOrientation;
import dev.samvad.culture.StateFacts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link ContactWindowPolicy#nextAllowed} over a fixed mix of questions: office hours, nights,
 * Sundays, festival periods (Diwali, Durga Puja, Pongal, Christmas in the northeast), every channel
 * and purpose, customers across regions. Target: at least 1,000,000 calls/s on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ContactWindowBenchmark {
  private static final int MIX = 4096;

  private ContactWindowPolicy policy;
  private ZonedDateTime[] desired;
  private ChannelKind[] channels;
  private CulturalProfile[] profiles;
  private ContactPurpose[] purposes;
  private int next;

  @Setup
  public void setUp() {
    ReferenceData data = ReferenceData.bundled();
    policy = ContactWindowPolicy.standard(data);
    IndianState[] states = {
      IndianState.GUJARAT, IndianState.WEST_BENGAL, IndianState.TAMIL_NADU,
      IndianState.MAHARASHTRA, IndianState.DELHI, IndianState.MIZORAM,
      IndianState.KERALA, IndianState.BIHAR
    };
    CulturalProfile[] customers = new CulturalProfile[states.length];
    for (int i = 0; i < states.length; i++) {
      customers[i] = profile(data.state(states[i]));
    }
    String[] festive = {
      "2026-11-05T21:30", // eve of the Diwali quiet window
      "2026-10-16T10:00", // Durga Puja
      "2027-01-14T09:00", // Pongal
      "2026-12-24T11:00", // Christmas season in the northeast
      "2028-03-10T19:40", // around Holi
    };
    SplittableRandom random = new SplittableRandom(42);
    ChannelKind[] allChannels = ChannelKind.values();
    ContactPurpose[] allPurposes = ContactPurpose.values();
    long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    long until = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond();
    desired = new ZonedDateTime[MIX];
    channels = new ChannelKind[MIX];
    profiles = new CulturalProfile[MIX];
    purposes = new ContactPurpose[MIX];
    for (int i = 0; i < MIX; i++) {
      ZonedDateTime at;
      int kind = random.nextInt(10);
      if (kind < 2) {
        at =
            LocalDateTime.parse(festive[random.nextInt(festive.length)])
                .plusMinutes(random.nextInt(3 * 24 * 60))
                .atZone(CulturalProfile.INDIA);
      } else {
        // Any instant: about half fall at night or on a rest day; a quarter are on a minute.
        long second = random.nextLong(from, until);
        at =
            Instant.ofEpochSecond(kind < 5 ? second - second % 60 : second)
                .atZone(CulturalProfile.INDIA);
      }
      desired[i] = at;
      channels[i] = allChannels[random.nextInt(allChannels.length)];
      purposes[i] =
          random.nextInt(2) == 0
              ? ContactPurpose.PAYMENT_REMINDER
              : allPurposes[random.nextInt(allPurposes.length)];
      profiles[i] = customers[random.nextInt(customers.length)];
    }
  }

  @Benchmark
  public ZonedDateTime nextAllowed() {
    int i = next++ & (MIX - 1);
    return policy.nextAllowed(desired[i], channels[i], profiles[i], purposes[i]);
  }

  private static CulturalProfile profile(StateFacts facts) {
    BusinessHours hours = facts.hours();
    return new CulturalProfile(
        new CustomerId("bench-" + facts.state().code()),
        Optional.of(Finding.of(facts.state(), 0.95, Evidence.Source.GSTIN, "GSTIN state code")),
        Finding.of(facts.region(), 0.9, Evidence.Source.STATE_DEFAULT, "state default"),
        Finding.of(
            facts.primaryLanguages().isEmpty()
                ? Language.ENGLISH.form()
                : facts.primaryLanguages().get(0).form(),
            0.7,
            Evidence.Source.STATE_DEFAULT,
            "state default"),
        List.of(),
        Finding.of(Formality.FORMAL, 0.6, Evidence.Source.HEURISTIC, "default"),
        Finding.of(Directness.BALANCED, 0.6, Evidence.Source.HEURISTIC, "default"),
        Finding.of(RelationshipOrientation.BALANCED, 0.6, Evidence.Source.HEURISTIC, "default"),
        Finding.of(List.of(ChannelKind.WHATSAPP), 0.5, Evidence.Source.HEURISTIC, "default"),
        hours,
        Finding.of(List.of(11, 16), 0.6, Evidence.Source.BEHAVIOUR, "reply times"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0.8,
        CulturalProfile.INDIA,
        Instant.parse("2026-01-01T00:00:00Z"),
        "v1");
  }
}
