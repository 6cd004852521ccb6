package dev.samvad.orchestration;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.TenantId;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.RelationshipContext;
import java.time.Instant;

/**
 * What the engine decides with besides the campaign's own state. The runtime builds it per decision
 * from the store and the tenant's settings; the engine reads nothing else, so the same state, event
 * and context always give the same decision.
 *
 * @param tenant the tenant
 * @param now the current time
 * @param playbook the playbook the campaign follows (at the state's version)
 * @param profile the customer's cultural profile (language, region, hours, festivals)
 * @param relationship the relationship facts that bound the tone
 * @param customer names and addresses
 * @param policy the tenant's hard rules, caps and seller facts
 * @param composer renders messages
 * @param ranker the optimiser's choice of channel and hour
 * @param segment the customer's segment for the optimiser
 */
public record Context(
    TenantId tenant,
    Instant now,
    Playbook playbook,
    CulturalProfile profile,
    RelationshipContext relationship,
    CustomerCard customer,
    TenantPolicy policy,
    MessageComposer composer,
    ChannelRanker ranker,
    String segment) {

  /** Requires every field. */
  public Context {
    InvalidInputException.require(tenant, "tenant");
    InvalidInputException.require(now, "now");
    InvalidInputException.require(playbook, "playbook");
    InvalidInputException.require(profile, "profile");
    InvalidInputException.require(relationship, "relationship");
    InvalidInputException.require(customer, "customer");
    InvalidInputException.require(policy, "policy");
    InvalidInputException.require(composer, "composer");
    InvalidInputException.require(ranker, "ranker");
    InvalidInputException.require(segment, "segment");
  }

  /** This context at another time. */
  public Context at(Instant time) {
    return new Context(
        tenant, time, playbook, profile, relationship, customer, policy, composer, ranker, segment);
  }

  /** The segment a profile falls in: its language and region. */
  public static String segmentOf(CulturalProfile profile) {
    return profile.primaryLanguage().value().tag() + "/" + profile.region().value().name();
  }
}
