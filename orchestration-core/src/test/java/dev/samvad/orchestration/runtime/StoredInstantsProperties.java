package dev.samvad.orchestration.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The runtime's own instant text is exactly {@link Instant#toString()} and reads back exactly. */
class StoredInstantsProperties {

  @Provide
  Arbitrary<Instant> instants() {
    // Whole seconds, milli-, micro- and nanosecond fractions, across and beyond years 0-9999.
    Arbitrary<Long> seconds =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L));
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
            Arbitraries.integers().between(0, 999_999).map(us -> us * 1000),
            Arbitraries.integers().between(0, 999_999_999));
    return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Property(tries = 3000)
  void formatIsToString(@ForAll("instants") Instant instant) {
    assertEquals(instant.toString(), StoredInstants.format(instant));
  }

  @Property(tries = 3000)
  void parseReadsWhatToStringWrites(@ForAll("instants") Instant instant) {
    assertEquals(instant, StoredInstants.parse(instant.toString()));
  }

  @Property(tries = 3000)
  void instantsRoundTripThroughTheStoredJson(@ForAll("instants") Instant instant) throws Exception {
    String json = Codec.JSON.writeValueAsString(new Holder(instant, Optional.of(instant)));
    assertEquals(
        "{\"at\":\"" + instant + "\",\"maybe\":\"" + instant + "\"}", json, "written as before");
    assertEquals(new Holder(instant, Optional.of(instant)), Codec.read(json, Holder.class));
  }

  @Example
  void textOutsideTheCommonShapeReadsAsTheFormatterReadsIt() {
    for (String text :
        new String[] {
          "2026-03-09T09:30:00.5Z",
          "+12026-03-09T09:30:00Z",
          "2026-03-09T24:00:00Z",
          "2026-03-09T23:59:60Z",
          "2026-02-30T09:30:00Z",
          "2026-03-09T09:60:00Z",
          "2026-03-09T09:30:00.Z",
          "2026-03-09T09:30:00.1234567890Z",
          "2026-0x-09T09:30:00Z",
          "2026-03-09 09:30:00Z",
          "2026-03-09T09:30Z"
        }) {
      Object expected;
      try {
        expected = Instant.parse(text);
      } catch (DateTimeParseException e) {
        assertThrows(DateTimeParseException.class, () -> StoredInstants.parse(text), text);
        continue;
      }
      assertEquals(expected, StoredInstants.parse(text), text);
    }
  }

  /** A value holding an instant directly and inside an optional. */
  record Holder(Instant at, Optional<Instant> maybe) {}
}
