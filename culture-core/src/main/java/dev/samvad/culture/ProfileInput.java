package dev.samvad.culture;

import dev.samvad.api.ChannelKind;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.IndianState;
import dev.samvad.api.LanguageForm;
import dev.samvad.api.PinCode;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.api.model.Contact;
import dev.samvad.api.model.Customer;
import dev.samvad.api.model.Direction;
import dev.samvad.api.model.Interaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The business facts a cultural profile is built from. Nothing here is a person's name: Samvad
 * never infers culture from names.
 *
 * @param customerId the customer
 * @param gstin the GSTIN, whose first two digits name the state of registration
 * @param pin the PIN code of the principal place of business
 * @param location free text such as "Pune, Maharashtra" or a city name
 * @param declaredState a state the host already knows
 * @param statedLanguage the language the customer asked for
 * @param businessType kind of business, e.g. trader, manufacturer
 * @param industry industry segment
 * @param size enterprise size
 * @param replies the customer's own messages (inbound), newest last
 * @param statedChannels channels the customer or host says the customer prefers
 * @param reachableChannels channels Samvad can use at all (from the contacts); empty when unknown
 * @param timePreferences stated times such as "morning", "evening", "10:00-12:00"
 */
public record ProfileInput(
    CustomerId customerId,
    Optional<Gstin> gstin,
    Optional<PinCode> pin,
    Optional<String> location,
    Optional<IndianState> declaredState,
    Optional<LanguageForm> statedLanguage,
    Optional<String> businessType,
    Optional<String> industry,
    Optional<BusinessSize> size,
    List<Reply> replies,
    List<ChannelKind> statedChannels,
    Set<ChannelKind> reachableChannels,
    List<String> timePreferences) {

  /** Most replies a profile reads; older ones add little and cost time. */
  public static final int MAX_REPLIES = 200;

  /** Copies the collections and keeps the newest {@link #MAX_REPLIES} replies. */
  public ProfileInput {
    replies =
        replies.size() > MAX_REPLIES
            ? List.copyOf(replies.subList(replies.size() - MAX_REPLIES, replies.size()))
            : List.copyOf(replies);
    statedChannels = List.copyOf(new LinkedHashSet<>(statedChannels));
    reachableChannels = Set.copyOf(reachableChannels);
    timePreferences = List.copyOf(timePreferences);
  }

  /**
   * One message from the customer.
   *
   * @param text what they wrote
   * @param channel how it arrived
   * @param at when
   */
  public record Reply(String text, ChannelKind channel, Instant at) {}

  /**
   * Checks stated time preferences: {@code morning}, {@code afternoon}, {@code evening} or a range
   * such as {@code 10:00-12:00}.
   *
   * @throws dev.samvad.api.InvalidInputException naming {@code timePreferences[i]}
   */
  public static void checkTimePreferences(List<String> preferences) {
    ContactHabitResolver.statedHours(preferences);
  }

  /** A builder holding these facts, to add replies or replace stated facts. */
  public Builder toBuilder() {
    Builder b = new Builder(customerId);
    b.gstin = gstin;
    b.pin = pin;
    b.location = location;
    b.declaredState = declaredState;
    b.statedLanguage = statedLanguage;
    b.businessType = businessType;
    b.industry = industry;
    b.size = size;
    b.replies.addAll(replies);
    b.statedChannels = statedChannels;
    b.reachableChannels = reachableChannels;
    b.timePreferences = timePreferences;
    return b;
  }

  /** Facts for a customer known only by id. */
  public static ProfileInput minimal(CustomerId id) {
    return new Builder(id).build();
  }

  /** Facts from a stored customer and their interactions (only inbound ones are replies). */
  public static ProfileInput from(Customer customer, List<Interaction> interactions) {
    List<Reply> replies = new ArrayList<>();
    for (Interaction i : interactions) {
      if (i.direction() == Direction.INBOUND && !i.text().isBlank()) {
        replies.add(new Reply(i.text(), i.channel(), i.occurredAt()));
      }
    }
    replies.sort(java.util.Comparator.comparing(Reply::at));
    Set<ChannelKind> reachable = new LinkedHashSet<>();
    Optional<LanguageForm> stated = customer.statedLanguage();
    for (Contact c : customer.contacts()) {
      c.email().ifPresent(e -> reachable.add(ChannelKind.EMAIL));
      if (c.phone().isPresent()) {
        reachable.add(ChannelKind.SMS);
        reachable.add(ChannelKind.VOICE);
      }
      if (c.whatsappOptIn()) {
        reachable.add(ChannelKind.WHATSAPP);
      }
      if (stated.isEmpty()) {
        stated = c.preferredLanguage();
      }
    }
    if (customer.address().isPresent()) {
      reachable.add(ChannelKind.LETTER);
    }
    return new ProfileInput(
        customer.id(),
        customer.gstin(),
        customer.address().map(a -> a.pin()),
        customer.address().map(a -> a.city()),
        customer.address().flatMap(a -> a.state()),
        stated,
        customer.businessType(),
        customer.industry(),
        customer.size(),
        replies,
        List.of(),
        reachable,
        List.of());
  }

  /** Collects profile facts one by one; everything but the customer id is optional. */
  public static final class Builder {
    private final CustomerId customerId;
    private Optional<Gstin> gstin = Optional.empty();
    private Optional<PinCode> pin = Optional.empty();
    private Optional<String> location = Optional.empty();
    private Optional<IndianState> declaredState = Optional.empty();
    private Optional<LanguageForm> statedLanguage = Optional.empty();
    private Optional<String> businessType = Optional.empty();
    private Optional<String> industry = Optional.empty();
    private Optional<BusinessSize> size = Optional.empty();
    private final List<Reply> replies = new ArrayList<>();
    private List<ChannelKind> statedChannels = List.of();
    private Set<ChannelKind> reachableChannels = Set.of();
    private List<String> timePreferences = List.of();

    /** Starts facts about {@code customerId}. */
    public Builder(CustomerId customerId) {
      this.customerId = customerId;
    }

    /** The GSTIN. */
    public Builder gstin(Gstin value) {
      gstin = Optional.of(value);
      return this;
    }

    /** The PIN code. */
    public Builder pin(PinCode value) {
      pin = Optional.of(value);
      return this;
    }

    /** Free-text location such as "Pune, Maharashtra". */
    public Builder location(String value) {
      location = Optional.of(value);
      return this;
    }

    /** A state the host already knows. */
    public Builder declaredState(IndianState value) {
      declaredState = Optional.of(value);
      return this;
    }

    /** The language the customer asked for. */
    public Builder statedLanguage(LanguageForm value) {
      statedLanguage = Optional.of(value);
      return this;
    }

    /** Kind of business. */
    public Builder businessType(String value) {
      businessType = Optional.of(value);
      return this;
    }

    /** Industry segment. */
    public Builder industry(String value) {
      industry = Optional.of(value);
      return this;
    }

    /** Enterprise size. */
    public Builder size(BusinessSize value) {
      size = Optional.of(value);
      return this;
    }

    /** Adds one of the customer's own messages. */
    public Builder reply(String text, ChannelKind channel, Instant at) {
      replies.add(new Reply(text, channel, at));
      return this;
    }

    /** Channels the customer or host says the customer prefers, best first. */
    public Builder statedChannels(List<ChannelKind> value) {
      statedChannels = value;
      return this;
    }

    /** Channels Samvad can reach the customer on. */
    public Builder reachableChannels(Set<ChannelKind> value) {
      reachableChannels = value;
      return this;
    }

    /** Stated time preferences: morning, afternoon, evening or HH:mm-HH:mm. */
    public Builder timePreferences(List<String> value) {
      timePreferences = value;
      return this;
    }

    /** The facts. */
    public ProfileInput build() {
      return new ProfileInput(
          customerId,
          gstin,
          pin,
          location,
          declaredState,
          statedLanguage,
          businessType,
          industry,
          size,
          replies,
          statedChannels,
          reachableChannels,
          timePreferences);
    }
  }
}
