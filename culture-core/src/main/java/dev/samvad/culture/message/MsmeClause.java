package dev.samvad.culture.message;

import dev.samvad.api.Money;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.culture.MessageIntent;
import dev.samvad.culture.MsmeClaim;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The sentence a firm or final notice adds when the seller claims the MSMED Act's protection. It
 * states the law and the interest to date plainly; it threatens nothing.
 *
 * <p>Written in Hindi for {@code hi}, in romanised Hindi for {@code hi-Latn}, and in English for
 * every other template language (a legal sentence we could not yet have reviewed by a native
 * speaker with legal training; {@code docs/messages.md} says so).
 */
public final class MsmeClause {
  private MsmeClause() {}

  /** True for the intents that may cite the Act: firm and final notices, never gentler ones. */
  public static boolean appliesTo(MessageIntent intent) {
    return intent == MessageIntent.FIRM_OVERDUE || intent == MessageIntent.FINAL_NOTICE;
  }

  /**
   * The clause for {@code claim} on an amount due {@code dueDate}, as of {@code asOf}, in the
   * language of {@code pack} where we have one.
   */
  public static String write(
      MsmeClaim claim, Money outstanding, LocalDate dueDate, LocalDate asOf, LanguagePack pack) {
    BigDecimal rate = claim.statutoryRatePercent();
    LocalDate lawfulDue = MsmedInterest.lawfulDueDate(dueDate, claim.acceptedOn());
    BigDecimal interest = MsmedInterest.accrued(outstanding.toMajor(), rate, lawfulDue, asOf);
    String interestText = Money.of(interest, Money.INR, "interest").format();
    String bank = percent(claim.bankRatePercent());
    String act = percent(rate);
    boolean micro = claim.sellerSize() == BusinessSize.MICRO;
    switch (pack.tag()) {
      case "hi":
        return "एक पंजीकृत "
            + (micro ? "सूक्ष्म" : "लघु")
            + " उद्यम के रूप में हम सूक्ष्म, लघु और मध्यम उद्यम विकास (MSMED) अधिनियम, 2006 की ओर"
            + " आपका ध्यान दिलाते हैं: भुगतान सहमत अवधि में होना चाहिए, जो स्वीकृति से अधिकतम 45 दिन"
            + " है, और धारा 16 के अनुसार देरी पर भारतीय रिज़र्व बैंक द्वारा अधिसूचित बैंक दर के तीन"
            + " गुना ("
            + bank
            + " × 3 = "
            + act
            + " वार्षिक) पर मासिक चक्रवृद्धि ब्याज देय होता है। "
            + DateWords.format(asOf, pack)
            + " तक इस बिल पर यह ब्याज "
            + interestText
            + " है।";
      case "hi-Latn":
        return "Ek registered "
            + (micro ? "micro" : "small")
            + " enterprise hone ke naate hum MSMED Act, 2006 ki or aapka dhyan dilana chahte hain:"
            + " payment agreed period mein hona chahiye, jo acceptance se zyada se zyada 45 din hai,"
            + " aur section 16 ke anusaar der hone par RBI dwara notified bank rate ke teen guna ("
            + bank
            + " × 3 = "
            + act
            + " saalana) par monthly rests ke saath compound interest dena hota hai. "
            + DateWords.format(asOf, pack)
            + " tak is invoice par yeh interest "
            + interestText
            + " hai.";
      default:
        return "As a registered "
            + (micro ? "micro" : "small")
            + " enterprise, we draw your attention to the MSMED Act, 2006: payment is due within"
            + " the agreed period, which may not exceed 45 days from acceptance, and under section 16"
            + " a delayed payment carries compound interest with monthly rests at three times the"
            + " bank rate notified by the Reserve Bank of India ("
            + bank
            + " × 3 = "
            + act
            + " a year). Interest accrued on this invoice up to "
            + englishDate(asOf)
            + " is "
            + interestText
            + ".";
    }
  }

  private static String percent(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String englishDate(LocalDate date) {
    return date.getDayOfMonth() + " " + DateWords.englishMonth(date) + " " + date.getYear();
  }
}
