package dev.samvad.sdk.internal.json;

import static dev.samvad.sdk.internal.json.Routes.V1;

import dev.samvad.api.NotImplementedException;

/**
 * The brief's {@code /auth} endpoints. Samvad is a library inside the host's process: the host
 * already knows who its users are, so it authenticates them and passes a {@link
 * dev.samvad.sdk.Principal} with every request. These routes say so instead of issuing tokens.
 */
final class AuthRoutes {
  static final String MESSAGE =
      " is not served by Samvad: authentication is the host's job. Authenticate the caller in the"
          + " host product, then pass a Principal (tenant, user, roles) to JsonApi.handle with each"
          + " request.";

  private AuthRoutes() {}

  static void register(RouteTable routes) {
    routes
        .postAnonymous(V1 + "/auth/login", (c, b) -> hostsJob(c))
        .postAnonymous(V1 + "/auth/refresh", (c, b) -> hostsJob(c));
  }

  private static Reply hostsJob(Call call) {
    throw new NotImplementedException(call.route() + MESSAGE);
  }
}
