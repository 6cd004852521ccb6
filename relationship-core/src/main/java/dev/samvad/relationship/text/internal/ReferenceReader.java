package dev.samvad.relationship.text.internal;

import dev.samvad.api.model.PaymentMode;
import dev.samvad.relationship.text.PaymentReference;
import dev.samvad.relationship.text.ReferenceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds payment modes, UTRs and cheque numbers. A UTR is 12–22 ASCII letters and digits with at
 * least eight digits, accepted when a reference word ("UTR", "ref", "txn", "RRN"…) stands within
 * four tokens before it, or when it has a bank-like shape on its own (12 digits that are not an
 * Indian mobile number with its 91 prefix; or four letters then digits). A cheque number is six
 * digits within four tokens after a cheque word.
 */
final class ReferenceReader {
  private ReferenceReader() {}

  static List<PaymentReference> read(Reading r) {
    Tokens t = r.tokens;
    List<PaymentReference> out = new ArrayList<>(2);
    for (int i = 0; i < t.size; i++) {
      if (r.claimed[i]) {
        continue;
      }
      int len = t.ends[i] - t.starts[i];
      if (len != 6 && (len < 12 || len > 22)) {
        continue;
      }
      String raw = t.surface(i, i + 1);
      if (len == 6 && Numbers.countDigits(raw) == 6 && near(r, i, Feature.Kind.CHEQUE, 5)) {
        r.claimed[i] = true;
        out.add(
            new PaymentReference(
                PaymentMode.CHEQUE,
                ReferenceKind.CHEQUE_NUMBER,
                Optional.of(raw),
                r.span(i, i + 1)));
        continue;
      }
      if (len < 12 || len > 22 || !Numbers.isAlnum(raw) || Numbers.countDigits(raw) < 8) {
        continue;
      }
      boolean cued = near(r, i, Feature.Kind.REF, 5);
      boolean allDigits = Numbers.countDigits(raw) == len;
      boolean phone =
          allDigits
              && len == 12
              && raw.startsWith("91")
              && raw.charAt(2) >= '6'
              && (t.gapBefore(i).endsWith("+") || !cued);
      boolean bankShape =
          len >= 12
              && Character.isLetter(raw.charAt(0))
              && Character.isLetter(raw.charAt(1))
              && Character.isLetter(raw.charAt(2))
              && Character.isLetter(raw.charAt(3));
      if (phone || !(cued || (allDigits && len == 12) || bankShape)) {
        continue;
      }
      r.claimed[i] = true;
      out.add(
          new PaymentReference(
              modeNear(r, i), ReferenceKind.UTR, Optional.of(raw), r.span(i, i + 1)));
    }
    if (out.isEmpty()) {
      for (Cue c : r.all(Feature.Kind.MODE)) {
        out.add(new PaymentReference(mode(c), ReferenceKind.NONE, Optional.empty(), r.span(c)));
        break;
      }
      if (out.isEmpty() && r.has(Feature.Kind.CHEQUE)) {
        Cue c = r.all(Feature.Kind.CHEQUE).get(0);
        out.add(
            new PaymentReference(
                PaymentMode.CHEQUE, ReferenceKind.NONE, Optional.empty(), r.span(c)));
      }
    }
    return out;
  }

  private static boolean near(Reading r, int i, Feature.Kind kind, int window) {
    for (Cue c : r.all(kind)) {
      if (c.to() <= i && i - c.to() < window) {
        return true;
      }
      if (c.from() > i && c.from() - i <= 2) {
        return true;
      }
    }
    return false;
  }

  private static PaymentMode modeNear(Reading r, int i) {
    Cue best = null;
    int dist = Integer.MAX_VALUE;
    for (Cue c : r.all(Feature.Kind.MODE)) {
      int d = Math.abs(c.from() - i);
      if (d < dist) {
        dist = d;
        best = c;
      }
    }
    return best == null ? PaymentMode.OTHER : mode(best);
  }

  private static PaymentMode mode(Cue c) {
    try {
      return PaymentMode.valueOf(c.feature().arg());
    } catch (IllegalArgumentException e) {
      return PaymentMode.OTHER;
    }
  }
}
