package dev.samvad.culture.message;

import dev.samvad.culture.ApproachContext;
import dev.samvad.culture.ApproachFinding;
import dev.samvad.culture.ApproachFinding.Severity;
import dev.samvad.culture.ApproachRule;
import dev.samvad.culture.RenderedMessage;
import dev.samvad.culture.SmsEncoding;
import java.util.List;

/** Warns when an SMS needs more segments than the budget allows. */
public final class SmsBudgetRule implements ApproachRule {
  private final int maxSegments;

  public SmsBudgetRule(int maxSegments) {
    this.maxSegments = maxSegments;
  }

  @Override
  public List<ApproachFinding> check(ApproachContext context) {
    if (!(context.message() instanceof RenderedMessage.Sms sms) || sms.segments() <= maxSegments) {
      return List.of();
    }
    int perPart = sms.encoding() == SmsEncoding.GSM_7 ? SmsCounter.GSM_PART : SmsCounter.UCS2_PART;
    return List.of(
        new ApproachFinding(
            "SMS_OVER_SEGMENT_BUDGET",
            Severity.WARNING,
            "The SMS needs "
                + sms.segments()
                + " segments ("
                + sms.characters()
                + " "
                + (sms.encoding() == SmsEncoding.GSM_7 ? "septets, GSM-7" : "code units, UCS-2")
                + ", "
                + perPart
                + " per part); the budget is "
                + maxSegments
                + ".",
            "Shorten the names or the text to at most "
                + maxSegments * perPart
                + " units, or send the details by WhatsApp or e-mail and keep the SMS to amount,"
                + " invoice and date."));
  }
}
