package dev.samvad.sdk.internal.json;

import static dev.samvad.sdk.internal.json.Routes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.samvad.api.ChannelKind;
import dev.samvad.api.ErrorCode;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.consent.ConsentEntry;
import dev.samvad.api.consent.ConsentRecord;
import dev.samvad.api.consent.ContactBasis;
import dev.samvad.sdk.Permission;
import dev.samvad.sdk.PurgeReport;
import dev.samvad.sdk.RetentionPolicy;
import dev.samvad.sdk.internal.ConsentDesk;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Consent and data rights (DPDP Act 2023), beyond the brief: a customer's consent ledger, the
 * export of everything held about them, their erasure, and the retention purge.
 */
final class DataRightsRoutes {
  private DataRightsRoutes() {}

  static void register(RouteTable routes) {
    routes
        .get(
            V1 + "/customers/{customerId}/consents",
            Guard.path(Permission.CONSENT_READ),
            DataRightsRoutes::consents)
        .post(
            V1 + "/customers/{customerId}/consents",
            Guard.path(Permission.CONSENT_WRITE),
            ConsentRequest.class,
            DataRightsRoutes::recordConsent)
        .get(
            V1 + "/customers/{customerId}/export",
            Guard.path(Permission.DATA_EXPORT),
            call -> Reply.ok(call.dataRights().export(call.customerId())))
        .post(
            V1 + "/customers/{customerId}/erase",
            Guard.path(Permission.DATA_ERASE),
            ErasureRequest.class,
            DataRightsRoutes::erase)
        .post(
            V1 + "/data-retention/purge",
            Guard.portfolio(Permission.DATA_PURGE),
            ObjectNode.class,
            DataRightsRoutes::purge);
  }

  /** The ledger and the basis it gives now, per channel. */
  record ConsentAnswer(
      String customerId, List<ConsentEntry> entries, Map<ChannelKind, BasisAnswer> basis) {}

  /** The basis on one channel. */
  record BasisAnswer(ContactBasis.Kind kind, String reason) {}

  private static Reply consents(Call call) {
    return Reply.ok(answer(call.consents().view(call.customerId())));
  }

  private static ConsentAnswer answer(ConsentDesk.ConsentView view) {
    Map<ChannelKind, BasisAnswer> basis = new java.util.EnumMap<>(ChannelKind.class);
    view.basis().forEach((k, v) -> basis.put(k, new BasisAnswer(v.kind(), v.reason())));
    return new ConsentAnswer(view.ledger().customerId().value(), view.ledger().entries(), basis);
  }

  private static Reply recordConsent(Call call, ConsentRequest body) {
    ChannelKind channel = parse(ChannelKind.class, body.channel(), "channel");
    ConsentEntry.Action action = parse(ConsentEntry.Action.class, body.action(), "action");
    String source = required(body.source(), "source");
    ConsentDesk desk = call.consents();
    Instant at = body.at() != null ? body.at() : desk.now();
    ConsentEntry entry =
        new ConsentEntry(
            channel,
            action,
            at,
            source,
            Optional.ofNullable(body.notice()),
            Optional.ofNullable(body.purpose()),
            Optional.ofNullable(body.reference()));
    ConsentRecord stored = desk.record(call.customerId(), entry);
    return Reply.created(answer(desk.view(stored.customerId())));
  }

  private static Reply erase(Call call, ErasureRequest body) {
    String reason = required(body.reason(), "reason");
    String note = required(body.note(), "note");
    return Reply.ok(call.dataRights().erase(call.customerId(), reason, note));
  }

  private static Reply purge(Call call, ObjectNode body) {
    Iterator<String> fields = body.fieldNames();
    if (fields.hasNext()) {
      throw new InvalidInputException(
          fields.next(), "is not a field of this request; the purge takes an empty object");
    }
    RetentionPolicy policy = call.retention();
    Instant now = call.consents().now();
    return Reply.ok(new PurgeReport(now, 1, call.dataRights().purge(policy, now)));
  }

  private static String required(@Nullable String value, String field) {
    if (value == null) {
      throw new InvalidInputException(ErrorCode.MISSING_FIELD, field, "is required");
    }
    return value;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
    String text = required(value, field);
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "must be one of "
              + Arrays.toString(type.getEnumConstants())
              + ", was '"
              + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
              + "'");
    }
  }
}
