package dev.samvad.relationship.text.internal;

import dev.samvad.api.Money;
import dev.samvad.relationship.text.AmountMention;
import dev.samvad.relationship.text.AmountScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads amounts in Indian forms: a number (any digits, Indian or Western grouping, decimals) or a
 * number word ("dedh" 1.5, "dhai" 2.5, "paanch" 5, "saadhe teen" 3.5), then an optional multiplier
 * ("k", "hazaar", "lakh", "cr", "ಲಕ್ಷ"…, glued or separate). A bare number counts as an amount only
 * with a currency sign or word ("₹", "Rs", "/-", "rupaye", "টাকা"…), a multiplier, grouping commas,
 * or when it is at least 100 with at most nine digits and is not a year, a date or a time.
 */
final class AmountReader {
  private static final BigDecimal MAX_RUPEES = new BigDecimal("100000000000");

  private AmountReader() {}

  static List<AmountMention> read(Reading r) {
    Tokens t = r.tokens;
    List<AmountMention> out = new ArrayList<>(2);
    AmountScope scope =
        r.has(Feature.Kind.PART)
            ? AmountScope.PART
            : r.has(Feature.Kind.FULL) ? AmountScope.FULL : AmountScope.UNSPECIFIED;
    for (int i = 0; i < t.size; i++) {
      if (r.claimed[i]) {
        continue;
      }
      int from = i;
      BigDecimal value;
      boolean currency = false;
      boolean grouped = false;
      int digits = 0;
      int next;
      Numbers.Parsed p = Numbers.parse(t.terms[i]);
      Cue mod = r.startingAt(i, Feature.Kind.NUMMOD);
      if (mod != null && mod.to() < t.size) {
        Numbers.Parsed q = Numbers.parse(t.terms[mod.to()]);
        Cue w = r.startingAt(mod.to(), Feature.Kind.NUMWORD);
        BigDecimal base =
            q != null && q.suffix().isEmpty()
                ? q.value()
                : w != null ? bd(w.feature().value()) : null;
        if (base == null) {
          continue;
        }
        value = applyMod(mod.feature().arg(), base);
        next = mod.to() + 1;
      } else if (p != null) {
        value = p.value();
        grouped = p.grouped();
        digits = p.digits();
        next = i + 1;
        String suffix = p.suffix().toLowerCase(Locale.ROOT);
        if (!suffix.isEmpty()) {
          BigDecimal mult = gluedMultiplier(suffix);
          if (mult == null) {
            if (isCurrencyWord(suffix)) {
              currency = true;
            } else {
              continue;
            }
          } else if (mult.signum() > 0) {
            value = value.multiply(mult);
            currency = true;
          }
        }
      } else {
        Cue w = r.startingAt(i, Feature.Kind.NUMWORD);
        if (w == null) {
          continue;
        }
        value = bd(w.feature().value());
        next = w.to();
        if (next >= t.size || r.startingAt(next, Feature.Kind.MULT) == null) {
          continue;
        }
      }
      int to = next;
      Cue mult = next < t.size ? r.startingAt(next, Feature.Kind.MULT) : null;
      if (mult != null) {
        value = value.multiply(bd(mult.feature().value()));
        to = mult.to();
        currency = true;
      }
      if (from > 0 && (r.at(from - 1, Feature.Kind.CURRENCY) != null)) {
        currency = true;
        from = from - 1;
      } else if (t.gapBefore(from).contains("₹")) {
        currency = true;
      }
      if (to < t.size && r.startingAt(to, Feature.Kind.CURRENCY) != null) {
        currency = true;
        to = r.startingAt(to, Feature.Kind.CURRENCY).to();
      } else if (afterText(t, to - 1).startsWith("/-")) {
        currency = true;
      }
      if (!currency && !plausibleBare(r, i, to, value, digits, grouped)) {
        continue;
      }
      if (value.signum() <= 0 || value.compareTo(MAX_RUPEES) > 0) {
        continue;
      }
      long paise = value.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
      for (int k = from; k < to; k++) {
        r.claimed[k] = true;
      }
      out.add(new AmountMention(Money.ofPaise(paise), scope, r.span(from, to)));
      i = to - 1;
    }
    return out;
  }

  private static boolean plausibleBare(
      Reading r, int i, int to, BigDecimal value, int digits, boolean grouped) {
    if (grouped) {
      return true;
    }
    if (digits == 0 || digits > 9 || value.compareTo(BigDecimal.valueOf(100)) < 0) {
      return false;
    }
    int v = value.intValue();
    if (value.scale() == 0 && v >= 1990 && v <= 2100) {
      return false;
    }
    Tokens t = r.tokens;
    if (to < t.size) {
      for (Feature.Kind k :
          new Feature.Kind[] {
            Feature.Kind.DOM,
            Feature.Kind.MONTH,
            Feature.Kind.DAYS,
            Feature.Kind.OCLOCK,
            Feature.Kind.AMPM,
            Feature.Kind.WEEKS
          }) {
        if (r.startingAt(to, k) != null) {
          return false;
        }
      }
    }
    if (i > 0
        && (r.at(i - 1, Feature.Kind.REF) != null || r.at(i - 1, Feature.Kind.CHEQUE) != null)) {
      return false;
    }
    String gap = i > 0 ? t.gapBefore(i) : "";
    return !gap.contains("#") && !gap.endsWith("+");
  }

  private static String afterText(Tokens t, int last) {
    int end = t.ends[last];
    return t.text.substring(end, Math.min(t.text.length(), end + 3)).strip();
  }

  private static BigDecimal applyMod(String mod, BigDecimal base) {
    return switch (mod) {
      case "add_half" -> base.add(new BigDecimal("0.5"));
      case "sub_quarter" -> base.subtract(new BigDecimal("0.25"));
      case "add_quarter" -> base.add(new BigDecimal("0.25"));
      default -> base;
    };
  }

  private static BigDecimal bd(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros();
  }

  /** Multiplier for a suffix glued to digits ("50k", "1.5lakh"); ZERO for "/-"; null if none. */
  private static BigDecimal gluedMultiplier(String s) {
    return switch (s) {
      case "k" -> BigDecimal.valueOf(1_000);
      case "l", "lac", "lacs", "lakh", "lakhs", "lk" -> BigDecimal.valueOf(100_000);
      case "cr", "crore", "crores", "cror" -> BigDecimal.valueOf(10_000_000);
      default -> null;
    };
  }

  private static boolean isCurrencyWord(String s) {
    return s.equals("rs") || s.equals("inr") || s.equals("rupees") || s.equals("rs.");
  }
}
