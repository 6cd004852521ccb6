package dev.samvad.api.store.memory;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samvad.api.TenantId;
import dev.samvad.api.store.SamvadStore;
import dev.samvad.api.store.StoreIsolationCheck;
import dev.samvad.api.store.StoreIsolationCheck.Kind;
import dev.samvad.api.store.StoreIsolationCheck.Step;
import dev.samvad.api.store.StoreIsolationCheck.Write;
import dev.samvad.api.store.TenantStore;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No sequence of calls by one tenant reads, changes or infers another's data in memory. */
class InMemoryStoreIsolationProperties {

  @Property(tries = 200)
  void eachTenantObservesExactlyWhatItAloneDid(@ForAll("sequences") List<Step> steps) {
    StoreIsolationCheck.check(InMemoryStore.create(), steps);
  }

  @Provide
  Arbitrary<List<Step>> sequences() {
    return StoreIsolationCheck.sequences(40);
  }

  /** The check itself can fail: a store that gives every tenant the same data is caught. */
  @Example
  void aStoreThatSharesOneTenantsDataIsCaught() {
    SamvadStore shared = InMemoryStore.create();
    SamvadStore leaky =
        new SamvadStore() {
          @Override
          public TenantStore tenant(TenantId tenant) {
            return shared.tenant(new TenantId("everyone"));
          }

          @Override
          public List<TenantId> tenants() {
            return shared.tenants();
          }
        };
    List<Step> insertForA = List.of(new Step(false, new Write(Kind.INSERT, 0, 0, 0, 0), false));
    assertThrows(AssertionError.class, () -> StoreIsolationCheck.check(leaky, insertForA));
  }
}
