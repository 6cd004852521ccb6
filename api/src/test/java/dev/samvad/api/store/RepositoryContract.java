package dev.samvad.api.store;

import static dev.samvad.api.store.RepositoryFixture.ALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.ErrorCode;
import dev.samvad.api.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Repository} contract, run against every repository of a {@link UnitOfWork}: versions
 * start at 1 and grow by one per update, stale versions conflict, missing values are not found,
 * taken ids conflict, and listings page through values in the code-point order of the id text.
 *
 * <p>Part of {@link StoreContract}; subclass that rather than this.
 */
public abstract class RepositoryContract extends StoreTestSupport {

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void insertStoresVersionOneAndFindReturnsAnEqualValue(RepositoryFixture<K, V> f) {
    V value = f.sample("r-1");
    assertEquals(new Versioned<>(value, 1), inA(uow -> f.in(uow).insert(value)));
    assertEquals(Optional.of(new Versioned<>(value, 1)), inA(uow -> f.in(uow).find(f.key("r-1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void findOfAnUnknownIdIsEmpty(RepositoryFixture<K, V> f) {
    runA(uow -> f.in(uow).insert(f.sample("r-1")));
    assertEquals(Optional.empty(), inA(uow -> f.in(uow).find(f.key("r-2"))));
    assertEquals(Optional.empty(), inA(uow -> f.in(uow).find(f.key("R-1"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void everyUpdateRaisesTheVersionByOne(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    V v2 = f.revise(v1, 1);
    V v3 = f.revise(v1, 2);
    assertEquals(new Versioned<>(v2, 2), inA(uow -> f.in(uow).update(v2, 1)));
    assertEquals(new Versioned<>(v3, 3), inA(uow -> f.in(uow).update(v3, 2)));
    assertEquals(Optional.of(new Versioned<>(v3, 3)), inA(uow -> f.in(uow).find(f.idOf(v1))));
    // Two updates inside one unit of work count twice.
    V v4 = f.revise(v1, 3);
    V v5 = f.revise(v1, 4);
    assertEquals(
        new Versioned<>(v5, 5),
        inA(
            uow -> {
              f.in(uow).update(v4, 3);
              return f.in(uow).update(v5, 4);
            }));
    assertEquals(Optional.of(new Versioned<>(v5, 5)), inA(uow -> f.in(uow).find(f.idOf(v1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void updateWithAStaleOrFutureVersionIsAVersionConflictAndChangesNothing(
      RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    V v2 = f.revise(v1, 1);
    runA(uow -> f.in(uow).update(v2, 1));
    V v3 = f.revise(v1, 2);
    assertConflict(ErrorCode.VERSION_CONFLICT, () -> runA(uow -> f.in(uow).update(v3, 1)));
    assertConflict(ErrorCode.VERSION_CONFLICT, () -> runA(uow -> f.in(uow).update(v3, 3)));
    assertConflict(ErrorCode.VERSION_CONFLICT, () -> runA(uow -> f.in(uow).update(v3, 0)));
    assertEquals(Optional.of(new Versioned<>(v2, 2)), inA(uow -> f.in(uow).find(f.idOf(v1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void updateOfAMissingValueIsNotFoundAndInsertsNothing(RepositoryFixture<K, V> f) {
    V value = f.sample("r-1");
    assertThrows(NotFoundException.class, () -> runA(uow -> f.in(uow).update(value, 1)));
    assertEquals(Optional.empty(), inA(uow -> f.in(uow).find(f.idOf(value))));
    assertEquals(0L, countA(uow -> f.in(uow).count()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void deleteRemovesTheValue(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    runA(uow -> f.in(uow).insert(f.sample("r-2")));
    runA(uow -> f.in(uow).update(f.revise(v1, 1), 1));
    runA(uow -> f.in(uow).delete(f.idOf(v1), 2));
    assertEquals(Optional.empty(), inA(uow -> f.in(uow).find(f.idOf(v1))));
    assertEquals(1L, countA(uow -> f.in(uow).count()));
    assertEquals(
        List.of(f.key("r-2")),
        inA(uow -> f.in(uow).list(Page.first(10))).stream().map(v -> f.idOf(v.value())).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void deleteWithAStaleVersionIsAVersionConflictAndKeepsTheValue(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    V v2 = f.revise(v1, 1);
    runA(uow -> f.in(uow).update(v2, 1));
    assertConflict(ErrorCode.VERSION_CONFLICT, () -> runA(uow -> f.in(uow).delete(f.idOf(v1), 1)));
    assertConflict(ErrorCode.VERSION_CONFLICT, () -> runA(uow -> f.in(uow).delete(f.idOf(v1), 3)));
    assertEquals(Optional.of(new Versioned<>(v2, 2)), inA(uow -> f.in(uow).find(f.idOf(v1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void deleteOfAMissingValueIsNotFound(RepositoryFixture<K, V> f) {
    assertThrows(NotFoundException.class, () -> runA(uow -> f.in(uow).delete(f.key("r-1"), 1)));
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    runA(uow -> f.in(uow).delete(f.idOf(v1), 1));
    assertThrows(NotFoundException.class, () -> runA(uow -> f.in(uow).delete(f.idOf(v1), 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void insertingATakenIdIsAlreadyExistsAndKeepsTheOriginal(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    V other = f.revise(v1, 7);
    assertConflict(ErrorCode.ALREADY_EXISTS, () -> runA(uow -> f.in(uow).insert(other)));
    assertConflict(ErrorCode.ALREADY_EXISTS, () -> runA(uow -> f.in(uow).insert(v1)));
    assertEquals(Optional.of(new Versioned<>(v1, 1)), inA(uow -> f.in(uow).find(f.idOf(v1))));
    assertEquals(1L, countA(uow -> f.in(uow).count()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void insertingTwiceInOneUnitOfWorkIsAlreadyExists(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    assertConflict(
        ErrorCode.ALREADY_EXISTS,
        () ->
            runA(
                uow -> {
                  f.in(uow).insert(v1);
                  f.in(uow).insert(f.revise(v1, 1));
                }));
    assertEquals(Optional.empty(), inA(uow -> f.in(uow).find(f.idOf(v1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void anIdFreedByDeleteCanBeInsertedAgainAtVersionOne(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    runA(uow -> f.in(uow).insert(v1));
    runA(uow -> f.in(uow).update(f.revise(v1, 1), 1));
    runA(uow -> f.in(uow).delete(f.idOf(v1), 2));
    V again = f.revise(v1, 2);
    assertEquals(new Versioned<>(again, 1), inA(uow -> f.in(uow).insert(again)));
    assertEquals(Optional.of(new Versioned<>(again, 1)), inA(uow -> f.in(uow).find(f.idOf(v1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void listPagesThroughEveryValueInIdOrder(RepositoryFixture<K, V> f) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      ids.add("r-" + i);
    }
    Collections.shuffle(ids, new Random(42));
    // Written in three units of work, in shuffled order.
    runA(uow -> ids.subList(0, 10).forEach(id -> f.in(uow).insert(f.sample(id))));
    runA(uow -> ids.subList(10, 20).forEach(id -> f.in(uow).insert(f.sample(id))));
    runA(uow -> ids.subList(20, 23).forEach(id -> f.in(uow).insert(f.sample(id))));

    List<String> expected = new ArrayList<>(ids);
    Collections.sort(expected);
    List<Versioned<V>> seen = new ArrayList<>();
    List<Versioned<V>> page = inA(uow -> f.in(uow).list(Page.first(5)));
    for (int pages = 0; !page.isEmpty(); pages++) {
      assertTrue(pages < 10, "paging does not end");
      assertTrue(page.size() <= 5, "page larger than its limit: " + page.size());
      seen.addAll(page);
      if (page.size() < 5) {
        break;
      }
      String last = f.text(f.idOf(page.get(page.size() - 1).value()));
      page = inA(uow -> f.in(uow).list(Page.after(last, 5)));
    }
    assertEquals(expected, seen.stream().map(v -> f.text(f.idOf(v.value()))).toList());
    for (Versioned<V> v : seen) {
      assertEquals(new Versioned<>(f.sample(f.text(f.idOf(v.value()))), 1), v);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void listOrdersByTheCodePointsOfTheIdText(RepositoryFixture<K, V> f) {
    // Digits < upper case < lower case, and '-' < '.' < digits < ':' < '_': the order of Java's
    // String.compareTo (a PostgreSQL store needs COLLATE "C" for this).
    List<String> ids =
        List.of("a_1", "a:1", "a1", "a.1", "a-1", "a", "Z", "B", "A", "9", "10", "1-0", "1_0");
    runA(uow -> ids.forEach(id -> f.in(uow).insert(f.sample(id))));
    List<String> expected = new ArrayList<>(ids);
    Collections.sort(expected);
    assertEquals(
        expected,
        inA(uow -> f.in(uow).list(Page.first(Page.MAX_LIMIT))).stream()
            .map(v -> f.text(f.idOf(v.value())))
            .toList());
    assertEquals(
        expected.subList(expected.indexOf("a") + 1, expected.indexOf("a") + 4),
        inA(uow -> f.in(uow).list(Page.after("a", 3))).stream()
            .map(v -> f.text(f.idOf(v.value())))
            .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void aPageAfterAnIdThatIsNotStoredStartsAtTheNextOne(RepositoryFixture<K, V> f) {
    runA(uow -> List.of("r-1", "r-3", "r-5").forEach(id -> f.in(uow).insert(f.sample(id))));
    assertEquals(
        List.of("r-3", "r-5"),
        inA(uow -> f.in(uow).list(Page.after("r-2", 10))).stream()
            .map(v -> f.text(f.idOf(v.value())))
            .toList());
    assertEquals(List.of(), inA(uow -> f.in(uow).list(Page.after("r-5", 10))));
    assertEquals(List.of(), inA(uow -> f.in(uow).list(Page.after("zzz", 10))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void listShowsCurrentVersions(RepositoryFixture<K, V> f) {
    V v1 = f.sample("r-1");
    V v2 = f.sample("r-2");
    runA(
        uow -> {
          f.in(uow).insert(v1);
          f.in(uow).insert(v2);
        });
    V v1b = f.revise(v1, 1);
    runA(uow -> f.in(uow).update(v1b, 1));
    assertEquals(
        List.of(new Versioned<>(v1b, 2), new Versioned<>(v2, 1)),
        inA(uow -> f.in(uow).list(Page.first(10))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource(ALL)
  <K, V> void countCountsStoredValues(RepositoryFixture<K, V> f) {
    assertEquals(0L, countA(uow -> f.in(uow).count()));
    assertEquals(List.of(), inA(uow -> f.in(uow).list(Page.first(10))));
    runA(uow -> List.of("r-1", "r-2", "r-3").forEach(id -> f.in(uow).insert(f.sample(id))));
    assertEquals(3L, countA(uow -> f.in(uow).count()));
    runA(uow -> f.in(uow).update(f.revise(f.sample("r-2"), 1), 1));
    assertEquals(3L, countA(uow -> f.in(uow).count()));
    runA(uow -> f.in(uow).delete(f.key("r-3"), 1));
    assertEquals(2L, countA(uow -> f.in(uow).count()));
  }
}
