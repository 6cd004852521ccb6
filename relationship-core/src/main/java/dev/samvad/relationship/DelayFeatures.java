package dev.samvad.relationship;

import java.util.List;

/**
 * What a {@link PaymentDelayModel} knows about an invoice when it is issued. Every value is built
 * from the invoice's terms and from the customer's history strictly before the issue date; an
 * earlier invoice that was still open on that day counts only as late as it was by then.
 *
 * <p>Past-lateness figures are shrunk toward a portfolio prior (late share 0.35, mean 7 days late,
 * 30+-days-late share 0.08) with a weight of two invoices, so a customer with one late invoice is
 * not yet "always late".
 *
 * @param knownInvoices earlier invoices (the last 50) whose lateness was observable
 * @param pastLateShare shrunk share of them paid (or still open) after the due date
 * @param pastMeanDaysLate shrunk mean days late
 * @param pastSevereShare shrunk share more than 30 days late
 * @param openOverdue earlier invoices still open and past due on the issue date
 * @param amountRatio amount ÷ the geometric mean of the earlier amounts (1 without history)
 * @param creditDays days from issue to due date
 * @param pastDisputes disputes before the issue date (disputed earlier invoices already due, or
 *     disputing replies; the larger)
 * @param brokenPromises promises to pay whose deadline passed unpaid before the issue date
 * @param sentiment mean tone of the last ten replies before the issue date (0 without replies)
 * @param festivalSeason the due date falls within ten days of a major festival
 * @param yearEnd the due date falls in March, the end of the Indian financial year
 * @param paper the invoice is delivered on paper
 */
public record DelayFeatures(
    int knownInvoices,
    double pastLateShare,
    double pastMeanDaysLate,
    double pastSevereShare,
    int openOverdue,
    double amountRatio,
    int creditDays,
    int pastDisputes,
    int brokenPromises,
    double sentiment,
    boolean festivalSeason,
    boolean yearEnd,
    boolean paper) {

  /** Names of the model's inputs, in coefficient order; index 0 is the intercept. */
  public static final List<String> NAMES =
      List.of(
          "intercept",
          "pastLateShare",
          "pastMeanDaysLate/30",
          "pastSevereShare",
          "log1p(openOverdue)",
          "log1p(knownInvoices)",
          "log(amountRatio)",
          "creditDays/30",
          "log1p(pastDisputes)",
          "log1p(brokenPromises)",
          "sentiment",
          "festivalSeason",
          "yearEnd",
          "paper");

  /** Number of model inputs, the intercept included. */
  public static final int SIZE = 14;

  /** Columns whose coefficients the fit keeps at or above zero: the past-lateness inputs. */
  static final boolean[] NON_NEGATIVE = {
    false, true, true, true, true, false, false, false, false, false, false, false, false, false
  };

  /** Writes the model inputs into {@code out} from {@code off}. */
  void write(double[] out, int off) {
    out[off] = 1;
    out[off + 1] = pastLateShare;
    out[off + 2] = clamp(pastMeanDaysLate / 30, -1, 4);
    out[off + 3] = pastSevereShare;
    out[off + 4] = log1p(openOverdue);
    out[off + 5] = log1p(knownInvoices);
    out[off + 6] = clamp(Math.log(amountRatio), -3, 3);
    out[off + 7] = clamp(creditDays / 30.0, 0, 6);
    out[off + 8] = log1p(pastDisputes);
    out[off + 9] = log1p(brokenPromises);
    out[off + 10] = sentiment;
    out[off + 11] = festivalSeason ? 1 : 0;
    out[off + 12] = yearEnd ? 1 : 0;
    out[off + 13] = paper ? 1 : 0;
  }

  /** {@code Math.log1p(n)}, from a table for the small counts that are usual here. */
  private static double log1p(int n) {
    return n >= 0 && n < LOG1P.length ? LOG1P[n] : Math.log1p(n);
  }

  private static final double[] LOG1P = new double[256];

  static {
    for (int n = 0; n < LOG1P.length; n++) {
      LOG1P[n] = Math.log1p(n);
    }
  }

  private static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : (v > hi ? hi : v);
  }
}
