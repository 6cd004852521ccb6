package dev.samvad.sdk.internal.json;

/**
 * One row of the route table.
 *
 * @param method the HTTP method
 * @param template the path template
 * @param endpoint what answers
 * @param guard the permission and customer rule checked before the endpoint runs
 * @param takesBody true when the request must carry a JSON object body
 */
record Route(
    String method, PathTemplate template, Endpoint endpoint, Guard guard, boolean takesBody) {

  /** False only for routes that answer anonymous callers. */
  boolean needsPrincipal() {
    return guard.permission().isPresent();
  }
}
