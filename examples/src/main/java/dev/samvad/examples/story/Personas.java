package dev.samvad.examples.story;

import dev.samvad.api.CustomerId;
import dev.samvad.api.model.Invoice;
import dev.samvad.api.model.InvoiceStatus;
import dev.samvad.examples.portfolio.CustomerTruth;
import dev.samvad.examples.portfolio.PaymentHabit;
import dev.samvad.examples.portfolio.Portfolio;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The simulated customers of a sample book. Each one's behaviour follows the payment habit the book
 * was generated with (its ground truth, which Samvad itself is never shown):
 *
 * <ul>
 *   <li>prompt: pays in 1–3 days (70%), says it is paid (15%), promises (15%);
 *   <li>slightly late: promises 5–12 days out (40%), pays in 4–12 days (30%), says it is paid
 *       (15%), asks for time (15%);
 *   <li>chronic late: asks for time (30%), promises and mostly breaks it (30%), writes of hardship
 *       (15%), silent (25%);
 *   <li>partial: pays the oldest invoice first (70%), promises (30%);
 *   <li>disputer: disputes (always when a disputed invoice is open, else 40%), else pays in 5–10
 *       days;
 *   <li>going silent: silent (70%), asks to stop on one channel (20%), hardship (10%);
 *   <li>seasonal: will pay after the year-end (60%), promises (20%), silent (20%).
 * </ul>
 *
 * <p>Everything is drawn from one {@link SplittableRandom} seeded by the book's seed and split once
 * per customer in the book's order, so the same book always gives the same customers.
 */
public final class Personas {
  /** Mixed into the book's seed so the story's draws differ from the generator's. */
  private static final long SALT = 0x5A_3D_60L;

  private Personas() {}

  /** Every customer of {@code portfolio}, in the book's order. */
  public static Map<CustomerId, Persona> of(Portfolio portfolio) {
    Set<CustomerId> disputing =
        portfolio.invoices().stream()
            .filter(i -> i.status() == InvoiceStatus.DISPUTED)
            .map(Invoice::customerId)
            .collect(Collectors.toSet());
    SplittableRandom root = new SplittableRandom(portfolio.seed() ^ SALT);
    Map<CustomerId, Persona> personas = new LinkedHashMap<>();
    for (CustomerTruth truth : portfolio.truth()) {
      SplittableRandom r = root.split();
      personas.put(truth.customerId(), persona(truth, disputing.contains(truth.customerId()), r));
    }
    return personas;
  }

  private static Persona persona(CustomerTruth t, boolean disputing, SplittableRandom r) {
    double roll = r.nextDouble();
    PaymentHabit habit = t.habit();
    Draft d =
        switch (habit) {
          case PROMPT ->
              roll < 0.70
                  ? new Draft(Behaviour.PAYS, between(r, 1, 3), true)
                  : roll < 0.85
                      ? new Draft(Behaviour.CLAIMS_PAID, 0, true)
                      : new Draft(Behaviour.PROMISES, between(r, 3, 7), true);
          case SLIGHTLY_LATE ->
              roll < 0.40
                  ? new Draft(Behaviour.PROMISES, between(r, 5, 12), chance(r, 0.85))
                  : roll < 0.70
                      ? new Draft(Behaviour.PAYS, between(r, 4, 12), true)
                      : roll < 0.85
                          ? new Draft(Behaviour.CLAIMS_PAID, 0, chance(r, 0.6))
                          : new Draft(Behaviour.ASKS_TIME, between(r, 7, 15), chance(r, 0.8));
          case CHRONIC_LATE ->
              roll < 0.30
                  ? new Draft(Behaviour.ASKS_TIME, between(r, 10, 20), chance(r, 0.4))
                  : roll < 0.60
                      ? new Draft(Behaviour.PROMISES, between(r, 7, 14), chance(r, 0.35))
                      : roll < 0.75
                          ? new Draft(Behaviour.HARDSHIP, 21, chance(r, 0.5))
                          : new Draft(Behaviour.SILENT, 0, false);
          case PARTIAL ->
              roll < 0.70
                  ? new Draft(Behaviour.PAYS_PART, between(r, 3, 8), chance(r, 0.5))
                  : new Draft(Behaviour.PROMISES, between(r, 7, 14), chance(r, 0.5));
          case DISPUTER ->
              disputing || roll < 0.40
                  ? new Draft(Behaviour.DISPUTES, between(r, 3, 6), chance(r, 0.7))
                  : new Draft(Behaviour.PAYS, between(r, 5, 10), true);
          case GOING_SILENT ->
              roll < 0.70
                  ? new Draft(Behaviour.SILENT, 0, false)
                  : roll < 0.90
                      ? new Draft(Behaviour.OPTS_OUT, 0, false)
                      : new Draft(Behaviour.HARDSHIP, 21, false);
          case SEASONAL ->
              roll < 0.60
                  ? new Draft(Behaviour.SEASONAL, 0, false)
                  : roll < 0.80
                      ? new Draft(Behaviour.PROMISES, between(r, 10, 20), chance(r, 0.5))
                      : new Draft(Behaviour.SILENT, 0, false);
        };
    double answers =
        switch (habit) {
          case PROMPT, SLIGHTLY_LATE -> 0.9;
          case GOING_SILENT -> 0.2;
          default -> 0.5;
        };
    return new Persona(
        t.customerId(),
        habit,
        t.writes(),
        d.behaviour(),
        d.days(),
        d.keepsWord(),
        chance(r, answers),
        r.nextLong());
  }

  private record Draft(Behaviour behaviour, int days, boolean keepsWord) {}

  private static int between(SplittableRandom r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  private static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }
}
