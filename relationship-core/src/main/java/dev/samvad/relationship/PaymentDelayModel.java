package dev.samvad.relationship;

import dev.samvad.api.InvalidInputException;
import dev.samvad.relationship.DelayPrediction.Explanation;
import dev.samvad.relationship.DelayPrediction.FeatureContribution;
import dev.samvad.relationship.DelayPrediction.LateProbability;
import dev.samvad.relationship.internal.FestivalSeasons;
import dev.samvad.relationship.internal.Logistic;
import dev.samvad.relationship.internal.Stats;
import dev.samvad.relationship.internal.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Predicts how late an invoice will be paid: for each threshold N of days past due, an
 * L2-regularised logistic regression gives P(paid more than N days after the due date) from the
 * {@link DelayFeatures} known when the invoice is issued. Regressions for a grid of thresholds
 * (−14, −7, 0, 7, 15, 30, 45, 60, 90 and any reported ones) together trace the distribution of days
 * late, from which the expected payment date and an 80 % interval are read.
 *
 * <p><b>Fitting.</b> {@link #prior()} is fitted once on a seeded {@link SyntheticPortfolio} with a
 * light penalty toward zero. A tenant's model is fitted on the tenant's own history with the
 * penalty pulling toward the prior's coefficients ({@link FitOptions#priorStrength()}), so a small
 * tenant gets the prior and a large one its own. Newton iterations with a fixed cap, a fixed order
 * and no randomness: the same data always yields the same coefficients, whatever order it came in.
 * Past-lateness coefficients are kept non-negative, so more past lateness never predicts less.
 *
 * <p><b>Labels.</b> Fitting as of a day uses what was known that day: a settled invoice's days
 * late; an invoice still open counts as "later than N" only once it is already more than N days
 * overdue, and is left out of thresholds it might still beat.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaymentDelayModel {
  /** The thresholds every model has a regression for. */
  static final int[] GRID = {-14, -7, 0, 7, 15, 30, 45, 60, 90};

  /** The survival curve is taken as 1 here: nobody pays more than 30 days early. */
  static final int EARLIEST = -30;

  /** The survival curve is taken as 0 here: the model's horizon. */
  static final int HORIZON = 180;

  static final long PRIOR_SEED = 20_250_401L;

  private final int[] thresholds;
  private final double[][] coef;
  private final int[] reportedIndex;
  private final long trainingExamples;
  private final String source;
  private final DelayFeatureBuilder builder;

  private PaymentDelayModel(
      int[] thresholds, double[][] coef, List<Integer> reported, long examples, String source) {
    this.thresholds = thresholds;
    this.coef = coef;
    this.reportedIndex = new int[reported.size()];
    for (int i = 0; i < reported.size(); i++) {
      reportedIndex[i] = Arrays.binarySearch(thresholds, reported.get(i));
    }
    this.trainingExamples = examples;
    this.source = source;
    this.builder = new DelayFeatureBuilder(FestivalSeasons.bundled());
  }

  /** Where the shipped prior's coefficients live, beside this class. */
  static final String PRIOR_RESOURCE = "prior-model.txt";

  private static final class PriorHolder {
    static final PaymentDelayModel PRIOR = loadPrior();
  }

  /**
   * The global prior: fitted on a synthetic portfolio of 300 customers over three years (seed
   * {@value #PRIOR_SEED}, {@link SyntheticPortfolio}) with λ = 1 toward zero. Its coefficients are
   * shipped as a resource so that loading costs nothing; a test refits it and checks the resource
   * is exactly what the fit gives.
   */
  public static PaymentDelayModel prior() {
    return PriorHolder.PRIOR;
  }

  private static PaymentDelayModel loadPrior() {
    try (var in = PaymentDelayModel.class.getResourceAsStream(PRIOR_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PRIOR_RESOURCE);
      }
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return parsePrior(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static PaymentDelayModel parsePrior(String text) {
    List<Integer> grid = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (String line : text.split("\n")) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length != DelayFeatures.SIZE + 1) {
        throw new IllegalStateException("bad prior line: " + line);
      }
      grid.add(Integer.parseInt(parts[0]));
      double[] row = new double[DelayFeatures.SIZE];
      for (int j = 0; j < row.length; j++) {
        row[j] = Double.parseDouble(parts[j + 1]);
      }
      rows.add(row);
    }
    return new PaymentDelayModel(
        grid.stream().mapToInt(Integer::intValue).toArray(),
        rows.toArray(new double[0][]),
        List.of(0, 30),
        0,
        "prior");
  }

  /** The prior's resource text for a fitted model: one line per threshold. */
  String priorText() {
    StringBuilder b = new StringBuilder();
    b.append("# Samvad payment-delay prior: threshold, then coefficients for ")
        .append(String.join(" ", DelayFeatures.NAMES))
        .append('\n')
        .append(
            "# Generated by PaymentDelayModel.fitPrior(); PaymentDelayModelTest.shippedPriorMatchesAFreshFit checks it matches.\n");
    for (int k = 0; k < thresholds.length; k++) {
      b.append(thresholds[k]);
      for (double c : coef[k]) {
        b.append(' ').append(c);
      }
      b.append('\n');
    }
    return b.toString();
  }

  static PaymentDelayModel fitPrior() {
    List<CustomerHistory> portfolio =
        SyntheticPortfolio.generate(PRIOR_SEED, 300, LocalDate.of(2025, 1, 1), 36);
    List<Timeline> timelines = portfolio.stream().map(Timeline::of).toList();
    int[] grid = GRID.clone();
    double[][] zero = new double[grid.length][DelayFeatures.SIZE];
    return fitTimelines(
        timelines,
        (int) LocalDate.of(2028, 1, 1).toEpochDay(),
        grid,
        zero,
        1.0,
        List.of(0, 30),
        "prior");
  }

  /**
   * Fits a tenant model on full customer histories, using what was known on {@code asOf}, shrunk
   * toward {@link #prior()}.
   */
  public static PaymentDelayModel fit(
      List<CustomerHistory> histories, LocalDate asOf, FitOptions options) {
    List<Timeline> timelines = new ArrayList<>(histories.size());
    for (CustomerHistory h : histories) {
      timelines.add(Timeline.of(h));
    }
    return fitTenant(timelines, asOf, options);
  }

  /** Fits a tenant model on ledger rows (for example from {@link LedgerCsv}). */
  public static PaymentDelayModel fitLedger(
      List<LedgerInvoice> rows, LocalDate asOf, FitOptions options) {
    Map<String, List<LedgerInvoice>> byCustomer = new TreeMap<>();
    for (LedgerInvoice row : rows) {
      byCustomer.computeIfAbsent(row.customerId().value(), k -> new ArrayList<>()).add(row);
    }
    List<Timeline> timelines = new ArrayList<>(byCustomer.size());
    byCustomer.forEach((id, list) -> timelines.add(Timeline.ofLedger(id, list)));
    return fitTenant(timelines, asOf, options);
  }

  static PaymentDelayModel fitTenant(List<Timeline> timelines, LocalDate asOf, FitOptions options) {
    InvalidInputException.require(asOf, "asOf");
    InvalidInputException.require(options, "options");
    TreeSet<Integer> all = new TreeSet<>();
    for (int g : GRID) {
      all.add(g);
    }
    all.addAll(options.reportedThresholds());
    int[] grid = all.stream().mapToInt(Integer::intValue).toArray();
    PaymentDelayModel prior = prior();
    double[][] start = new double[grid.length][];
    for (int k = 0; k < grid.length; k++) {
      start[k] = prior.coefficientsAt(grid[k]);
    }
    // Fit in a canonical customer order so the result does not depend on the input order.
    List<Timeline> sorted = new ArrayList<>(timelines);
    sorted.sort(Comparator.comparing(t -> t.customerId));
    return fitTimelines(
        sorted,
        (int) asOf.toEpochDay(),
        grid,
        start,
        options.priorStrength(),
        options.reportedThresholds(),
        "tenant");
  }

  static PaymentDelayModel fitTimelines(
      List<Timeline> timelines,
      int asOfDay,
      int[] grid,
      double[][] prior,
      double lambda,
      List<Integer> reported,
      String source) {
    Examples ex =
        Examples.of(timelines, asOfDay, new DelayFeatureBuilder(FestivalSeasons.bundled()));
    double[][] coef = new double[grid.length][];
    int[] rows = new int[ex.n];
    byte[] y = new byte[ex.n];
    long used = 0;
    for (int k = 0; k < grid.length; k++) {
      int count = 0;
      for (int i = 0; i < ex.n; i++) {
        if (ex.exact[i] || ex.late[i] > grid[k]) {
          rows[count++] = i;
          y[i] = (byte) (ex.late[i] > grid[k] ? 1 : 0);
        }
      }
      used += count;
      coef[k] =
          Logistic.fit(
              ex.x,
              rows,
              count,
              y,
              DelayFeatures.SIZE,
              prior[k],
              lambda,
              "prior".equals(source) ? 0.01 : 1.0,
              DelayFeatures.NON_NEGATIVE);
    }
    return new PaymentDelayModel(grid, coef, reported, used, source);
  }

  /** Loads stored coefficients. */
  public static PaymentDelayModel of(ModelCoefficients c) {
    int[] grid = c.thresholds().stream().mapToInt(Integer::intValue).toArray();
    double[][] coef = new double[grid.length][];
    for (int k = 0; k < grid.length; k++) {
      coef[k] = c.coefficients().get(k).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return new PaymentDelayModel(
        grid, coef, c.reportedThresholds(), c.trainingExamples(), c.source());
  }

  /** The model as plain data. */
  public ModelCoefficients coefficients() {
    List<List<Double>> lists = new ArrayList<>();
    for (double[] row : coef) {
      lists.add(Arrays.stream(row).boxed().toList());
    }
    List<Integer> reported = new ArrayList<>();
    for (int r : reportedIndex) {
      reported.add(thresholds[r]);
    }
    return new ModelCoefficients(
        DelayFeatures.NAMES,
        Arrays.stream(thresholds).boxed().toList(),
        lists,
        reported,
        trainingExamples,
        source);
  }

  /** Coefficients for threshold {@code n}, interpolated between neighbouring thresholds. */
  double[] coefficientsAt(int n) {
    int k = Arrays.binarySearch(thresholds, n);
    if (k >= 0) {
      return coef[k].clone();
    }
    int hi = -k - 1;
    if (hi == 0) {
      return coef[0].clone();
    }
    if (hi == thresholds.length) {
      return coef[thresholds.length - 1].clone();
    }
    double f = (double) (n - thresholds[hi - 1]) / (thresholds[hi] - thresholds[hi - 1]);
    double[] out = new double[DelayFeatures.SIZE];
    for (int j = 0; j < out.length; j++) {
      out[j] = coef[hi - 1][j] * (1 - f) + coef[hi][j] * f;
    }
    return out;
  }

  /** The inputs for {@code terms}, from the customer's history before the issue date. */
  public DelayFeatures features(CustomerHistory history, InvoiceTerms terms) {
    return builder.build(Timeline.of(history), terms);
  }

  DelayFeatures features(Timeline t, InvoiceTerms terms) {
    return builder.build(t, terms);
  }

  /**
   * Predicts for an open or future invoice. Inputs come from the history strictly before the issue
   * date. When {@code asOf} is after the due date the invoice is taken to be unpaid so far and the
   * prediction is conditioned on that.
   */
  public DelayPrediction predict(CustomerHistory history, InvoiceTerms terms, LocalDate asOf) {
    return predict(features(history, terms), terms, asOf);
  }

  /** Predicts from inputs already built (for scoring many invoices of one customer). */
  public DelayPrediction predict(DelayFeatures features, InvoiceTerms terms, LocalDate asOf) {
    double[] x = new double[DelayFeatures.SIZE];
    features.write(x, 0);
    int t = thresholds.length;
    double[] xs = new double[t + 2];
    double[] ss = new double[t + 2];
    xs[0] = EARLIEST;
    ss[0] = 1;
    for (int k = 0; k < t; k++) {
      xs[k + 1] = thresholds[k];
      ss[k + 1] = Math.min(ss[k], Stats.sigmoid(dot(coef[k], x)));
    }
    xs[t + 1] = HORIZON;
    ss[t + 1] = 0;

    int overdue = (int) Math.max(0, asOf.toEpochDay() - terms.dueDate().toEpochDay());
    if (overdue > 0) {
      conditionOnOverdue(xs, ss, overdue);
    }
    LateProbability[] probabilities = new LateProbability[reportedIndex.length];
    for (int i = 0; i < reportedIndex.length; i++) {
      int r = reportedIndex[i];
      probabilities[i] = new LateProbability(thresholds[r], survival(xs, ss, thresholds[r]));
    }
    // an open invoice overdue by d days will be paid d + 1 or more days late
    double floor = overdue > 0 ? overdue + 1 : EARLIEST;
    double median = Math.max(floor, quantile(xs, ss, 0.5));
    double low = Math.max(floor, quantile(xs, ss, 0.9));
    double high = Math.max(floor, quantile(xs, ss, 0.1));
    LocalDate due = terms.dueDate();
    return new DelayPrediction(
        due,
        List.of(probabilities),
        Stats.round(median, 1),
        due.plusDays(Math.round(median)),
        due.plusDays(Math.round(low)),
        due.plusDays(Math.round(high)),
        high >= HORIZON,
        overdue,
        features,
        new LazyExplanations(() -> explanations(x)));
  }

  /**
   * P(paid more than {@code daysPastDue} days late) at issue, for a threshold the model has; the
   * cheap path for scoring a portfolio.
   */
  public double probabilityLate(DelayFeatures features, int daysPastDue) {
    int k = Arrays.binarySearch(thresholds, daysPastDue);
    if (k < 0) {
      throw new InvalidInputException("daysPastDue", "model has no threshold " + daysPastDue);
    }
    double[] x = new double[DelayFeatures.SIZE];
    features.write(x, 0);
    double p = 1;
    for (int j = 0; j <= k; j++) {
      p = Math.min(p, Stats.sigmoid(dot(coef[j], x)));
    }
    return p;
  }

  /** P(late > thresholds[k]) from an input vector at {@code off}, monotone across thresholds. */
  double probability(double[] x, int off, int k) {
    double p = 1;
    for (int j = 0; j <= k; j++) {
      double z = 0;
      for (int i = 0; i < DelayFeatures.SIZE; i++) {
        z += coef[j][i] * x[off + i];
      }
      p = Math.min(p, Stats.sigmoid(z));
    }
    return p;
  }

  int indexOf(int threshold) {
    return Arrays.binarySearch(thresholds, threshold);
  }

  /** The thresholds the model has a regression for. */
  public List<Integer> thresholds() {
    return Arrays.stream(thresholds).boxed().toList();
  }

  private List<Explanation> explanations(double[] x) {
    Explanation[] out = new Explanation[reportedIndex.length];
    for (int i = 0; i < reportedIndex.length; i++) {
      out[i] = explain(reportedIndex[i], x);
    }
    return List.of(out);
  }

  private Explanation explain(int k, double[] x) {
    FeatureContribution[] parts = new FeatureContribution[DelayFeatures.SIZE - 1];
    for (int j = 1; j < DelayFeatures.SIZE; j++) {
      parts[j - 1] = new FeatureContribution(DelayFeatures.NAMES.get(j), x[j], coef[k][j] * x[j]);
    }
    // largest effect first, then by name; names are unique, so the order is total
    for (int i = 1; i < parts.length; i++) {
      FeatureContribution v = parts[i];
      int j = i - 1;
      while (j >= 0 && LARGEST_FIRST.compare(parts[j], v) > 0) {
        parts[j + 1] = parts[j];
        j--;
      }
      parts[j + 1] = v;
    }
    return new Explanation(thresholds[k], coef[k][0], List.of(parts));
  }

  private static final Comparator<FeatureContribution> LARGEST_FIRST =
      Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.contribution()))
          .thenComparing(FeatureContribution::feature);

  private static double dot(double[] b, double[] x) {
    double z = 0;
    for (int j = 0; j < x.length; j++) {
      z += b[j] * x[j];
    }
    return z;
  }

  /** Replaces the curve by P(L > n | L > d): 1 up to d, S(n)/S(d) after. */
  private static void conditionOnOverdue(double[] xs, double[] ss, int d) {
    double sd = survival(xs, ss, Math.min(d, HORIZON));
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] <= d) {
        ss[i] = 1;
      } else {
        ss[i] = sd <= 1e-12 ? (xs[i] >= HORIZON ? 0 : 1) : Math.min(1, ss[i] / sd);
      }
    }
    ss[ss.length - 1] = 0;
    // the curve now jumps from 1 at d: put a knot there so interpolation starts at d, not earlier
    for (int i = 0; i < xs.length - 1; i++) {
      if (xs[i] <= d && xs[i + 1] > d) {
        xs[i] = Math.min(d, HORIZON - 1);
      }
    }
  }

  /** Piecewise-linear survival at {@code n}. */
  static double survival(double[] xs, double[] ss, double n) {
    if (n <= xs[0]) {
      return ss[0];
    }
    for (int i = 1; i < xs.length; i++) {
      if (n <= xs[i]) {
        double f = (n - xs[i - 1]) / (xs[i] - xs[i - 1]);
        return ss[i - 1] + f * (ss[i] - ss[i - 1]);
      }
    }
    return ss[ss.length - 1];
  }

  /** The days late at which the survival curve falls to {@code level}. */
  static double quantile(double[] xs, double[] ss, double level) {
    for (int i = 1; i < xs.length; i++) {
      if (ss[i] <= level) {
        double drop = ss[i - 1] - ss[i];
        double f = drop <= 0 ? 0 : (ss[i - 1] - level) / drop;
        return xs[i - 1] + f * (xs[i] - xs[i - 1]);
      }
    }
    return xs[xs.length - 1];
  }

  /** Labelled examples: one row per invoice issued before the as-of day. */
  static final class Examples {
    final int n;
    final double[] x;
    final int[] late;
    final boolean[] exact;
    final int[] issueDay;
    final int[] customer;
    final int[] invoice;

    private Examples(int capacity) {
      x = new double[capacity * DelayFeatures.SIZE];
      late = new int[capacity];
      exact = new boolean[capacity];
      issueDay = new int[capacity];
      customer = new int[capacity];
      invoice = new int[capacity];
      n = capacity;
    }

    /** Examples of invoices issued before {@code asOfDay}, labelled with what was known then. */
    static Examples of(List<Timeline> timelines, int asOfDay, DelayFeatureBuilder builder) {
      int count = 0;
      for (Timeline t : timelines) {
        count += Timeline.countBelow(t.issue, t.invoiceCount, asOfDay);
      }
      Examples ex = new Examples(count);
      int row = 0;
      for (int c = 0; c < timelines.size(); c++) {
        Timeline t = timelines.get(c);
        int end = Timeline.countBelow(t.issue, t.invoiceCount, asOfDay);
        for (int i = 0; i < end; i++) {
          builder
              .build(t, t.issue[i], t.due[i], t.paise[i], t.paper[i])
              .write(ex.x, row * DelayFeatures.SIZE);
          if (t.settled[i] <= asOfDay) {
            ex.late[row] = t.settled[i] - t.due[i];
            ex.exact[row] = true;
          } else {
            ex.late[row] = asOfDay + 1 - t.due[i];
            ex.exact[row] = false;
          }
          ex.issueDay[row] = t.issue[i];
          ex.customer[row] = c;
          ex.invoice[row] = i;
          row++;
        }
      }
      return ex;
    }
  }
}
