package dev.samvad.sdk.internal.json;

/**
 * One row of the route table.
 *
 * @param method the HTTP method
 * @param template the path template
 * @param endpoint what answers
 * @param needsPrincipal false only for routes that answer anonymous callers
 * @param takesBody true when the request must carry a JSON object body
 */
record Route(
    String method,
    PathTemplate template,
    Endpoint endpoint,
    boolean needsPrincipal,
    boolean takesBody) {}
