package dev.samvad.api.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link OrderedIds} pages exactly as a sorted set of the same ids would, across merges. */
class OrderedIdsProperties {

  /** One step: add or remove an id (only when that is valid, as the table calls it), or page. */
  record Step(int kind, String id, int limit) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> ids =
        Arbitraries.strings().withChars("abcxyz09:-é").ofMinLength(0).ofMaxLength(4);
    return Combinators.combine(
            Arbitraries.integers().between(0, 9), ids, Arbitraries.integers().between(1, 12))
        .as(Step::new)
        .list()
        .ofMaxSize(400);
  }

  @Property(tries = 300)
  void pagesAsASortedSetWould(
      @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 8) int mergeAt) {
    OrderedIds ids = new OrderedIds(mergeAt);
    TreeSet<String> model = new TreeSet<>();
    for (Step step : steps) {
      if (step.kind() < 5) {
        if (model.add(step.id())) {
          ids.add(step.id());
        }
      } else if (step.kind() < 8) {
        if (model.remove(step.id())) {
          ids.remove(step.id());
        }
      } else {
        Optional<String> after = step.kind() == 8 ? Optional.empty() : Optional.of(step.id());
        assertEquals(
            expected(model, after, step.limit()), ids.page(after, step.limit()), step.toString());
      }
    }
    // Walking every page from the start gives every id once, in order.
    List<String> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    while (true) {
      List<String> page = ids.page(after, 3);
      if (page.isEmpty()) {
        break;
      }
      all.addAll(page);
      after = Optional.of(page.get(page.size() - 1));
    }
    assertEquals(new ArrayList<>(model), all);
  }

  private static List<String> expected(TreeSet<String> model, Optional<String> after, int limit) {
    var tail = after.isPresent() ? model.tailSet(after.get(), false) : model;
    return tail.stream().limit(limit).toList();
  }
}
