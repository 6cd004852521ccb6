package dev.samvad.culture.message;

import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import dev.samvad.culture.ContactPurpose;
import dev.samvad.culture.ContactWindowPolicy;
import dev.samvad.culture.CulturalProfile;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.WindowExplanation;
import dev.samvad.culture.WindowExplanation.RefusedSpan;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A blocker when the send time breaks a hard contact rule for this customer: outside the legal
 * hours of the channel, on a festival's quiet days, a Sunday, a national holiday or their weekly
 * off. The quarter-hour rounding of {@link ContactWindowPolicy#nextAllowed} is not a finding.
 */
public final class ContactWindowRule implements ApproachRule {
  private final ContactWindowPolicy policy;

  public ContactWindowRule(ContactWindowPolicy policy) {
    this.policy = policy;
  }

  /** What a message of this intent counts as under the contact rules. */
  public static ContactPurpose purposeOf(MessageIntent intent) {
    return switch (intent) {
      case INVOICE_DELIVERY -> ContactPurpose.INVOICE_DELIVERY;
      case PAYMENT_THANKS, DISPUTE_ACKNOWLEDGEMENT -> ContactPurpose.TRANSACTIONAL;
      case FESTIVAL_GREETING -> ContactPurpose.GREETING;
      default -> ContactPurpose.PAYMENT_REMINDER;
    };
  }

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    if (context.profile().isEmpty()) {
      return List.of(
          new ApproachFinding(
              "CONTACT_WINDOW_UNCHECKED",
              Severity.INFO,
              "No cultural profile was given, so legal hours, festivals and rest days were not"
                  + " checked.",
              "Pass the customer's profile to check the contact window."));
    }
    CulturalProfile profile = context.profile().get();
    ZonedDateTime sendAt = context.sendAt().withZoneSameInstant(profile.zone());
    WindowExplanation why =
        policy.explain(
            sendAt, context.message().channel(), profile, purposeOf(context.message().intent()));
    List<ApproachFinding> findings = new ArrayList<>(2);
    for (RefusedSpan span : why.refused()) {
      if (span.rule() == WindowExplanation.Rule.QUARTER_HOUR || !span.from().isEqual(sendAt)) {
        continue;
      }
      findings.add(
          new ApproachFinding(
              code(span.rule()),
              Severity.BLOCKER,
              span.reason(),
              "Send at or after " + why.allowed() + ", the earliest permitted time."));
    }
    return findings;
  }

  private static String code(WindowExplanation.Rule rule) {
    return switch (rule) {
      case OUTSIDE_HOURS -> "OUTSIDE_LEGAL_WINDOW";
      case FESTIVAL -> "FESTIVAL_DAY";
      case NATIONAL_HOLIDAY, SUNDAY, WEEKLY_OFF -> "REST_DAY";
      case TENANT_DATE, TENANT_WEEKDAY -> "TENANT_BLOCKED_DAY";
      case QUARTER_HOUR -> "QUARTER_HOUR";
    };
  }
}
