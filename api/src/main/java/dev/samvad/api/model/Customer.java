package dev.samvad.api.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.samvad.api.CustomerId;
import dev.samvad.api.Gstin;
import dev.samvad.api.InvalidInputException;
import dev.samvad.api.LanguageForm;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A business that owes the tenant money. Build with {@code ImmutableCustomer.builder()}; derive a
 * changed copy with {@code ImmutableCustomer.copyOf(c).withTradeName("…")}.
 *
 * <p>Only business facts live here. Samvad infers culture from the GSTIN state code, PIN, city,
 * stated language and the customer's own replies — never from a person's name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public interface Customer {
  /** Udyam registration numbers: UDYAM-SS-DD-NNNNNNN. */
  Pattern UDYAM = Pattern.compile("UDYAM-[A-Z]{2}-\\d{2}-\\d{7}");

  /** The tenant's id for this customer. */
  CustomerId id();

  /** Registered legal name. */
  String legalName();

  /** Name the business trades under, if different. */
  Optional<String> tradeName();

  /** GST registration, when the customer is registered. */
  Optional<Gstin> gstin();

  /** Principal place of business. */
  Optional<Address> address();

  /** People to contact, in order of preference. */
  List<Contact> contacts();

  /** The language the customer has asked to be written to in. */
  Optional<LanguageForm> statedLanguage();

  /** Kind of business, e.g. "trader", "manufacturer", "retailer", "distributor". */
  Optional<String> businessType();

  /** Industry, e.g. "textiles", "pharmaceuticals". */
  Optional<String> industry();

  /** Enterprise size, when known. */
  Optional<BusinessSize> size();

  /** Udyam (MSME) registration number, when registered. */
  Optional<String> msmeRegistration();

  /** Agreed credit period in days, when the host tracks one per customer. */
  Optional<Integer> creditPeriodDays();

  /** The name to address the business by: the trade name, else the legal name. */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String displayName() {
    return tradeName().orElse(legalName());
  }

  /**
   * Validates the value when it is built; throws {@code InvalidInputException} naming the field.
   */
  @Value.Check
  default void check() {
    Text.check(legalName(), "legalName", 200);
    tradeName().ifPresent(v -> Text.check(v, "tradeName", 200));
    businessType().ifPresent(v -> Text.check(v, "businessType", 60));
    industry().ifPresent(v -> Text.check(v, "industry", 60));
    msmeRegistration()
        .ifPresent(
            v -> {
              if (!UDYAM.matcher(v).matches()) {
                throw new InvalidInputException(
                    "msmeRegistration", "must look like UDYAM-MH-01-0000001");
              }
            });
    creditPeriodDays()
        .ifPresent(
            d -> {
              if (d < 0 || d > 365) {
                throw new InvalidInputException("creditPeriodDays", "must be 0 to 365, was " + d);
              }
            });
    if (contacts().size() > 50) {
      throw new InvalidInputException("contacts", "at most 50 contacts per customer");
    }
  }
}
