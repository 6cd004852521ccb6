package dev.samvad.relationship;

import dev.samvad.relationship.DelayPrediction.Explanation;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The explanations of a {@link DelayPrediction}, worked out on first access: building and ordering
 * the contributions cost several times the prediction itself, and most predictions (a portfolio
 * scored overnight, the open invoices of an analysis) are never explained. Immutable and
 * thread-safe: the list is a pure function of the prediction's inputs, so two threads racing to
 * build it build equal lists and either may be kept.
 */
final class LazyExplanations extends AbstractList<Explanation> implements RandomAccess {
  private final Supplier<List<Explanation>> build;
  private volatile List<Explanation> list;

  LazyExplanations(Supplier<List<Explanation>> build) {
    this.build = build;
  }

  private List<Explanation> list() {
    List<Explanation> l = list;
    if (l == null) {
      l = List.copyOf(build.get());
      list = l;
    }
    return l;
  }

  @Override
  public Explanation get(int index) {
    return list().get(index);
  }

  @Override
  public int size() {
    return list().size();
  }
}
