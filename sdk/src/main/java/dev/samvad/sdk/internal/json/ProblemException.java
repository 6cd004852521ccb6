package dev.samvad.sdk.internal.json;

/**
 * Carries a {@link Problem} the request pipeline found that no {@link
 * dev.samvad.api.SamvadException} expresses (a 405 with its {@code Allow} header, a tenant mismatch
 * naming {@code tenantId}). Never leaves the JSON API.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
