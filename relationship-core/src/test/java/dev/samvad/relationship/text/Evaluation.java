package dev.samvad.relationship.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Scores {@link ReplyAnalyzer} against a {@link LabelledSet}, overall and per language. */
final class Evaluation {

  /** Counts for one group of rows. */
  static final class Stats {
    int rows;
    int languageCorrect;
    int datesLabelled;
    int datesMatched;
    int polarityAgree;
    int amountsLabelled;
    int amountsMatched;
    int utrsLabelled;
    int utrsMatched;
    final Map<Intent, int[]> confusion = new EnumMap<>(Intent.class); // tp, fp, fn

    double languageAccuracy() {
      return rows == 0 ? 0 : (double) languageCorrect / rows;
    }

    double dateExactMatch() {
      return datesLabelled == 0 ? Double.NaN : (double) datesMatched / datesLabelled;
    }

    double polarityAgreement() {
      return rows == 0 ? 0 : (double) polarityAgree / rows;
    }

    double f1(Intent i) {
      int[] c = confusion.getOrDefault(i, new int[3]);
      int denominator = 2 * c[0] + c[1] + c[2];
      return denominator == 0 ? Double.NaN : 2.0 * c[0] / denominator;
    }

    /** Mean F1 over the intents that occur in the labels or the predictions of this group. */
    double macroF1() {
      double sum = 0;
      int n = 0;
      for (Intent i : confusion.keySet()) {
        double f = f1(i);
        if (!Double.isNaN(f)) {
          sum += f;
          n++;
        }
      }
      return n == 0 ? 0 : sum / n;
    }
  }

  final Stats overall = new Stats();
  final Stats romanised = new Stats();
  final Map<String, Stats> byGroup = new TreeMap<>();
  final List<String> misses = new ArrayList<>();

  static Evaluation run(ReplyAnalyzer analyzer, LabelledSet set) {
    Evaluation e = new Evaluation();
    for (LabelledSet.Row row : set.rows()) {
      ReplyAnalysis a = analyzer.analyze(row.reply());
      List<Stats> targets = new ArrayList<>(3);
      targets.add(e.overall);
      targets.add(e.byGroup.computeIfAbsent(row.group(), k -> new Stats()));
      if (row.romanised()) {
        targets.add(e.romanised);
      }
      Set<Intent> predicted = EnumSet.noneOf(Intent.class);
      a.intents().forEach(s -> predicted.add(s.intent()));
      boolean languageOk =
          a.language().language().language() == row.language().language()
              && a.language().language().script() == row.language().script();
      boolean dateOk =
          row.promisedDate().isPresent()
              && a.entities()
                  .promisedDate()
                  .map(d -> d.date().equals(row.promisedDate().get()))
                  .orElse(false);
      boolean amountOk =
          row.amountPaise().isPresent()
              && a.entities().amounts().stream()
                  .anyMatch(m -> m.amount().paise() == row.amountPaise().get());
      boolean utrOk =
          row.utr().isPresent()
              && a.entities().paymentReferences().stream()
                  .anyMatch(p -> p.reference().map(x -> x.equals(row.utr().get())).orElse(false));
      for (Stats s : targets) {
        s.rows++;
        s.languageCorrect += languageOk ? 1 : 0;
        s.polarityAgree += a.sentiment().label() == row.polarity() ? 1 : 0;
        if (row.promisedDate().isPresent()) {
          s.datesLabelled++;
          s.datesMatched += dateOk ? 1 : 0;
        }
        if (row.amountPaise().isPresent()) {
          s.amountsLabelled++;
          s.amountsMatched += amountOk ? 1 : 0;
        }
        if (row.utr().isPresent()) {
          s.utrsLabelled++;
          s.utrsMatched += utrOk ? 1 : 0;
        }
        for (Intent i : Intent.values()) {
          boolean gold = row.intents().contains(i);
          boolean pred = predicted.contains(i);
          if (gold || pred) {
            int[] c = s.confusion.computeIfAbsent(i, k -> new int[3]);
            c[gold && pred ? 0 : pred ? 1 : 2]++;
          }
        }
      }
      if (!predicted.equals(row.intents())
          || (row.promisedDate().isPresent() && !dateOk)
          || !languageOk) {
        e.misses.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s |",
                row.id(),
                row.text().replace("|", "/"),
                row.intents(),
                predicted,
                row.promisedDate().map(Object::toString).orElse("-"),
                a.entities().promisedDate().map(d -> d.date().toString()).orElse("-"),
                a.language().language().tag()));
      }
    }
    return e;
  }

  String markdown(String title, boolean withMisses) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append(
        "| Language | Rows | Language id | Intent macro-F1 | Promised date exact"
            + " | Polarity agreement | Amount found | UTR found |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Stats> g : byGroup.entrySet()) {
      row(md, g.getKey(), g.getValue());
    }
    row(md, "**romanised / code-mixed**", romanised);
    row(md, "**overall**", overall);
    md.append(
        "\n## Intent F1 (overall)\n\n| Intent | F1 | TP | FP | FN |\n|---|---:|---:|---:|---:|\n");
    for (Map.Entry<Intent, int[]> c : overall.confusion.entrySet()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %d | %d | %d |%n",
              c.getKey(),
              overall.f1(c.getKey()),
              c.getValue()[0],
              c.getValue()[1],
              c.getValue()[2]));
    }
    if (withMisses) {
      md.append("\n## Rows read differently from their labels\n\n");
      md.append("| id | text | labelled | read | date labelled | date read | language read |\n");
      md.append("|---|---|---|---|---|---|---|\n");
      misses.forEach(m -> md.append(m).append('\n'));
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String name, Stats s) {
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f%% | %.3f | %s | %.1f%% | %s | %s |%n",
            name,
            s.rows,
            100 * s.languageAccuracy(),
            s.macroF1(),
            s.datesLabelled == 0
                ? "–"
                : String.format(
                    Locale.ROOT, "%.1f%% (%d)", 100 * s.dateExactMatch(), s.datesLabelled),
            100 * s.polarityAgreement(),
            s.amountsLabelled == 0 ? "–" : s.amountsMatched + "/" + s.amountsLabelled,
            s.utrsLabelled == 0 ? "–" : s.utrsMatched + "/" + s.utrsLabelled));
  }
}
