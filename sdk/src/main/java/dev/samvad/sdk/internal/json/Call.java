package dev.samvad.sdk.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.CampaignId;
import dev.samvad.api.CustomerId;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.ExecutionId;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.PermissionDeniedException;
import dev.samvad.sdk.Principal;
import dev.samvad.sdk.internal.ConstraintDesk;
import dev.samvad.sdk.internal.CultureDesk;
import dev.samvad.sdk.internal.Ledger;
import dev.samvad.sdk.internal.OrchestrationDesk;
import dev.samvad.sdk.internal.RelationshipDesk;
import dev.samvad.sdk.internal.ReplyDesk;
import dev.samvad.sdk.internal.Services;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One request that passed the generic checks, as an endpoint sees it: the caller, the path
 * parameters (already validated), the query and the body. Not shared between threads.
 */
public final class Call {
  /** Path parameters by name and the typed id that validates them. */
  static final Map<String, Function<String, ?>> PARAMETER_TYPES =
      Map.of(
          "customerId", CustomerId::new,
          "campaignId", CampaignId::new,
          "executionId", ExecutionId::new,
          "taskId", Call::checkedTaskId);

  private final String method;
  private final String template;
  private final @Nullable Principal principal;
  private final Map<String, String> params;
  private final RequestTarget target;
  private final @Nullable ObjectNode body;
  private final Binder binder;
  private final Services services;

  Call(
      String method,
      String template,
      @Nullable Principal principal,
      Map<String, String> params,
      RequestTarget target,
      @Nullable ObjectNode body,
      Binder binder,
      Services services) {
    this.method = method;
    this.template = template;
    this.principal = principal;
    this.params = Map.copyOf(params);
    this.target = target;
    this.body = body;
    this.binder = binder;
    this.services = services;
    params.forEach(
        (name, value) -> {
          Function<String, ?> type = PARAMETER_TYPES.get(name);
          if (type != null) {
            type.apply(value);
          }
        });
  }

  /** The route, e.g. {@code POST /api/v1/invoices}. */
  public String route() {
    return method + " " + template;
  }

  /** The authenticated caller. */
  public Principal principal() {
    if (principal == null) {
      throw new PermissionDeniedException(ErrorCode.UNAUTHENTICATED, "no caller was given");
    }
    return principal;
  }

  /** The caller's ledger; writes are audited with actor {@code user:<userId>}. */
  public Ledger ledger() {
    Principal p = principal();
    return services.ledger(p.tenant(), actor(p));
  }

  /** The caller's reply-reading desk. */
  public ReplyDesk replies() {
    Principal p = principal();
    return services.replies(p.tenant(), actor(p));
  }

  /** The caller's relationship-intelligence desk. */
  public RelationshipDesk relationships() {
    Principal p = principal();
    return services.relationships(p.tenant(), actor(p));
  }

  /** The caller's cultural-intelligence desk. */
  public CultureDesk culture() {
    Principal p = principal();
    return services.culture(p.tenant(), actor(p));
  }

  /** The caller's constraint-analysis desk. */
  public ConstraintDesk constraints() {
    Principal p = principal();
    return services.constraints(p.tenant(), actor(p));
  }

  private static String actor(Principal p) {
    return "user:" + p.userId();
  }

  /** The path parameter {@code customerId}. */
  public CustomerId customerId() {
    return new CustomerId(param("customerId"));
  }

  /** The path parameter {@code campaignId}. */
  public CampaignId campaignId() {
    return new CampaignId(param("campaignId"));
  }

  /** The path parameter {@code executionId}. */
  /** The {@code taskId} path parameter. */
  public String taskId() {
    return param("taskId");
  }

  private static String checkedTaskId(String value) {
    if (value.isEmpty() || value.length() > 128 || !value.chars().allMatch(Call::taskIdChar)) {
      throw new InvalidInputException(
          "taskId",
          "must be 1 to 128 letters, digits and - _ . :, was '" + abbreviate(value) + "'");
    }
    return value;
  }

  private static boolean taskIdChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  /** Campaigns, for the caller. */
  public OrchestrationDesk orchestration() {
    Principal p = principal();
    return services.orchestration(p.tenant(), actor(p));
  }

  public ExecutionId executionId() {
    return new ExecutionId(param("executionId"));
  }

  private String param(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalStateException(route() + " has no path parameter " + name);
    }
    return value;
  }

  /** A query parameter. */
  public Optional<String> query(String name) {
    return target.param(name);
  }

  /** A whole-number query parameter within {@code [min, max]}, or {@code fallback} when absent. */
  public int intQuery(String name, int fallback, int min, int max) {
    Optional<String> text = query(name).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          ErrorCode.WRONG_TYPE,
          name,
          "must be a whole number, was '" + abbreviate(text.get()) + "'");
    }
    if (value < min || value > max) {
      throw new InvalidInputException(name, "must be " + min + " to " + max + ", was " + value);
    }
    return value;
  }

  /** The body as a JSON object (its {@code tenantId} already checked and removed). */
  public ObjectNode bodyTree() {
    if (body == null) {
      throw new IllegalStateException(route() + " takes no body");
    }
    return body;
  }

  /** The body bound to {@code type}; binding failures name the field. */
  public <T> T body(Class<T> type) {
    return binder.bind(bodyTree(), type);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
