package dev.samvad.relationship.internal;

/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares),
 * shrinking toward given prior coefficients rather than toward zero. Deterministic: a fixed
 * iteration cap, a fixed summation order and no randomness, so the same data gives bit-identical
 * coefficients.
 *
 * <p>Minimises {@code −Σ log-likelihood + λ/2 · Σ_j s_j (β_j − β0_j)²} where {@code s_j} is {@code
 * interceptScale} for the intercept and 1 otherwise. Coefficients flagged non-negative are
 * projected onto {@code β ≥ 0} after every step (a shape constraint: more past lateness must never
 * predict less lateness).
 */
public final class Logistic {
  public static final int MAX_ITERATIONS = 25;
  public static final double TOLERANCE = 1e-6;

  private Logistic() {}

  /**
   * Fits coefficients.
   *
   * @param x rows of features, row-major, {@code p} columns, column 0 the intercept (1)
   * @param rows which rows take part (indices into x)
   * @param count how many entries of {@code rows} are used
   * @param y the 0/1 labels, indexed like the rows of x
   * @param p number of columns
   * @param prior coefficients to shrink toward
   * @param lambda shrinkage strength
   * @param interceptScale the intercept's share of the penalty (small when the prior is zero)
   * @param nonNegative columns whose coefficient must stay ≥ 0
   */
  public static double[] fit(
      double[] x,
      int[] rows,
      int count,
      byte[] y,
      int p,
      double[] prior,
      double lambda,
      double interceptScale,
      boolean[] nonNegative) {
    double[] beta = prior.clone();
    for (int j = 0; j < p; j++) {
      if (nonNegative[j] && beta[j] < 0) {
        beta[j] = 0;
      }
    }
    double[] grad = new double[p];
    double[] hess = new double[p * p];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      java.util.Arrays.fill(grad, 0);
      java.util.Arrays.fill(hess, 0);
      for (int k = 0; k < count; k++) {
        int off = rows[k] * p;
        double z = 0;
        for (int j = 0; j < p; j++) {
          z += x[off + j] * beta[j];
        }
        double mu = Stats.sigmoid(z);
        double r = y[rows[k]] - mu;
        double w = Math.max(mu * (1 - mu), 1e-10);
        for (int a = 0; a < p; a++) {
          double xa = x[off + a];
          if (xa == 0) {
            continue;
          }
          grad[a] += xa * r;
          double wxa = w * xa;
          int row = a * p;
          for (int b = 0; b <= a; b++) {
            hess[row + b] += wxa * x[off + b];
          }
        }
      }
      for (int a = 0; a < p; a++) {
        double s = a == 0 ? interceptScale * lambda : lambda;
        grad[a] -= s * (beta[a] - prior[a]);
        hess[a * p + a] += s + 1e-9;
        for (int b = 0; b < a; b++) {
          hess[b * p + a] = hess[a * p + b];
        }
      }
      double[] step = solve(hess, grad, p);
      double biggest = 0;
      for (int j = 0; j < p; j++) {
        double next = beta[j] + step[j];
        if (nonNegative[j] && next < 0) {
          next = 0;
        }
        biggest = Math.max(biggest, Math.abs(next - beta[j]));
        beta[j] = next;
      }
      if (biggest < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  /** Solves the symmetric positive-definite system {@code a · s = b} by Cholesky decomposition. */
  static double[] solve(double[] a, double[] b, int p) {
    double[] l = new double[p * p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i * p + j];
        for (int k = 0; k < j; k++) {
          sum -= l[i * p + k] * l[j * p + k];
        }
        if (i == j) {
          l[i * p + i] = Math.sqrt(Math.max(sum, 1e-12));
        } else {
          l[i * p + j] = sum / l[j * p + j];
        }
      }
    }
    double[] z = new double[p];
    for (int i = 0; i < p; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i * p + k] * z[k];
      }
      z[i] = sum / l[i * p + i];
    }
    double[] s = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double sum = z[i];
      for (int k = i + 1; k < p; k++) {
        sum -= l[k * p + i] * s[k];
      }
      s[i] = sum / l[i * p + i];
    }
    return s;
  }
}
