package dev.samvad.sdk.internal.json;

/** The JSON API's route table: the brief's endpoints, the auth stubs and the ledger routes. */
final class Routes {
  /** The prefix of every route. */
  static final String V1 = "/api/v1";

  private Routes() {}

  static RouteTable standard() {
    RouteTable routes = new RouteTable();
    BriefRoutes.register(routes);
    AuthRoutes.register(routes);
    LedgerRoutes.register(routes);
    DataRightsRoutes.register(routes);
    return routes;
  }
}
