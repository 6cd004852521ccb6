package dev.samvad.orchestration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The optimiser chooses only what it is offered, is deterministic per seed, and learns. */
class ThompsonSamplerProperties {
  private static final String SEGMENT = "gu/WEST";

  @Provide
  Arbitrary<List<ChannelKind>> offers() {
    return Arbitraries.of(ChannelKind.class).list().uniqueElements().ofMinSize(1).ofMaxSize(5);
  }

  /** A sampler with some random history across every channel and slot. */
  private static ThompsonSampler experienced(long seed) {
    ThompsonSampler sampler = new ThompsonSampler();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      ChannelKind channel = ChannelKind.values()[random.nextInt(ChannelKind.values().length)];
      SendSlot slot = SendSlot.values()[random.nextInt(SendSlot.values().length)];
      sampler.record(new Arm(SEGMENT, channel, slot), random.nextBoolean());
    }
    return sampler;
  }

  @Property(tries = 200)
  void choosesOnlyAChannelItWasOffered(
      @ForAll("offers") List<ChannelKind> offered, @ForAll long history, @ForAll long seed) {
    ThompsonSampler sampler = experienced(history);
    Arm arm = sampler.choose(SEGMENT, offered, seed);
    assertTrue(offered.contains(arm.channel()), arm + " not in " + offered);
    assertEquals(SEGMENT, arm.segment());
    assertEquals(arm, sampler.choose(SEGMENT, offered, seed), "the same seed, the same choice");
  }

  @Property(tries = 50)
  void aRestoredSnapshotChoosesAlike(
      @ForAll("offers") List<ChannelKind> offered, @ForAll long history, @ForAll long seed) {
    ThompsonSampler sampler = experienced(history);
    Map<String, long[]> saved = sampler.snapshot();
    ThompsonSampler restored = new ThompsonSampler();
    restored.restore(saved);
    for (int i = 0; i < 20; i++) {
      assertEquals(
          sampler.choose(SEGMENT, offered, seed + i), restored.choose(SEGMENT, offered, seed + i));
    }
    for (Map.Entry<String, long[]> e : saved.entrySet()) {
      assertArrayEquals(e.getValue(), restored.snapshot().get(e.getKey()), e.getKey());
    }
  }

  /**
   * One arm answers 80% of the time and every other arm 20%. Choosing with the sampler and
   * recording each outcome, after 400 messages it picks the good arm in most of the next 200
   * choices, whichever arm it is and whatever the prior order of the channels.
   */
  @Property(tries = 25)
  void learnsWhichArmGetsAnswered(
      @ForAll("offers") List<ChannelKind> offered,
      @ForAll @IntRange(min = 0, max = 19) int goodPick,
      @ForAll long seed) {
    ThompsonSampler sampler = new ThompsonSampler();
    Arm good =
        new Arm(
            SEGMENT,
            offered.get(goodPick % offered.size()),
            SendSlot.values()[goodPick % SendSlot.values().length]);
    SplittableRandom world = new SplittableRandom(seed);
    for (int i = 0; i < 400; i++) {
      Arm arm = sampler.choose(SEGMENT, offered, seed * 31 + i);
      boolean answered = world.nextDouble() < (arm.equals(good) ? 0.8 : 0.2);
      sampler.record(arm, answered);
    }
    int picked = 0;
    for (int i = 0; i < 200; i++) {
      if (sampler.choose(SEGMENT, offered, seed * 31 + 400 + i).equals(good)) {
        picked++;
      }
    }
    assertTrue(picked > 140, "picked the good arm " + picked + " times of 200: " + good);
  }

  @Property(tries = 20)
  void aColdStartFollowsThePriorOrderMoreOftenThanNot(@ForAll("offers") List<ChannelKind> offered) {
    ThompsonSampler sampler = new ThompsonSampler();
    int first = 0;
    for (int i = 0; i < 400; i++) {
      if (sampler.choose(SEGMENT, offered, i).channel() == offered.get(0)) {
        first++;
      }
    }
    assertTrue(first >= 400 / offered.size(), "first channel chosen " + first + " of 400");
  }

  @Property(tries = 20)
  void segmentsLearnApart(@ForAll long seed) {
    ThompsonSampler sampler = new ThompsonSampler();
    Arm arm = new Arm("ta/SOUTH", ChannelKind.SMS, SendSlot.EVENING);
    for (int i = 0; i < 50; i++) {
      sampler.record(arm, true);
    }
    assertArrayEquals(new long[] {50, 0}, sampler.counts(arm));
    assertArrayEquals(
        new long[] {0, 0}, sampler.counts(new Arm(SEGMENT, ChannelKind.SMS, SendSlot.EVENING)));
  }

  @Property(tries = 10)
  void badInputIsRefused(@ForAll long seed) {
    ThompsonSampler sampler = new ThompsonSampler();
    assertThrows(InvalidInputException.class, () -> sampler.choose(SEGMENT, List.of(), seed));
    assertThrows(
        InvalidInputException.class,
        () -> sampler.restore(Map.of(SEGMENT + "|SMS|MORNING", new long[] {-1, 0})));
    assertThrows(
        InvalidInputException.class,
        () -> sampler.restore(Map.of(SEGMENT + "|SMS|MORNING", new long[] {1})));
  }
}
