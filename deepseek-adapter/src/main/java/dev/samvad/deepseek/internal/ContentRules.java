package dev.samvad.deepseek.internal;

import dev.samvad.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a model must not add to a text on its own: links, phone numbers and amounts of money.
 * Digits of every Indian script count as digits. The caller removes the strings the facts allow
 * (the pay link, the invoice number, the due date) before asking.
 */
public final class ContentRules {
  private ContentRules() {}

  private static final Pattern URL =
      Pattern.compile(
          "(?i)(?:\\b[a-z][a-z0-9+.-]{1,15}:(?://)?[^\\s]+"
              + "|\\bwww\\.[^\\s]+"
              + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|in|net|org|io|co|me|ly|link|app|info"
              + "|biz|xyz|online|site|pay|bank|page|to|gl|us|uk)\\b(?:/[^\\s]*)?)");

  /** Digit runs of a phone number: 8 or more digits with only spaces, dots, dashes or brackets. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{6,}\\d");

  private static final String CURRENCY =
      "₹|\\brs\\.?|\\binr\\b|\\brupees?\\b|रु\\.?|रू\\.?|रुपये|रुपए|रुपया|ரூ\\.?|రూ\\.?|ರೂ\\.?|രൂ\\.?"
          + "|રૂ\\.?|ਰੁ\\.?|টাকা|৳|ଟଙ୍କା";
  private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d{1,2})?)";
  private static final Pattern MARKED_BEFORE =
      Pattern.compile(
          "(?iu)(?:" + CURRENCY + ")\\s*" + NUMBER + "(\\s*(?:lakhs?|lacs?|crores?|cr|k)\\b)?");
  private static final Pattern MARKED_AFTER =
      Pattern.compile(
          "(?iu)"
              + NUMBER
              + "\\s*(/-|lakhs?\\b|lacs?\\b|crores?\\b|cr\\b|k\\b|rupees?\\b|रुपये|रुपए|टका)");
  private static final Pattern GROUPED =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{2})*,\\d{3}(?:\\.\\d{1,2})?)(?![\\d,])");

  /** {@code text} with every Unicode decimal digit written as an ASCII digit. */
  public static String asciiDigits(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 127 && Character.isDigit(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
      }
    }
    return out == null ? text : out.toString();
  }

  /** True when the text holds anything that looks like a link or a web or e-mail address. */
  public static boolean hasLink(String text) {
    return URL.matcher(text).find();
  }

  /** True when the text holds a run of 8 or more digits that could be dialled. */
  public static boolean hasPhoneNumber(String text) {
    Matcher m = PHONE.matcher(asciiDigits(text));
    while (m.find()) {
      long digits = m.group().chars().filter(Character::isDigit).count();
      if (digits >= 8) {
        return true;
      }
    }
    return false;
  }

  /** Every amount of money written in the text: marked by a currency word or Indian grouping. */
  public static List<Money> amounts(String text) {
    String t = asciiDigits(text);
    List<Money> found = new ArrayList<>();
    Matcher before = MARKED_BEFORE.matcher(t);
    while (before.find()) {
      add(found, before.group(1), before.group(2));
    }
    Matcher after = MARKED_AFTER.matcher(t);
    while (after.find()) {
      add(found, after.group(1), after.group(2));
    }
    Matcher grouped = GROUPED.matcher(t);
    while (grouped.find()) {
      add(found, grouped.group(1), null);
    }
    return found;
  }

  private static void add(List<Money> found, String number, String unit) {
    String digits = number.replace(",", "");
    if (digits.isEmpty() || digits.endsWith(".")) {
      return;
    }
    BigDecimal value = new BigDecimal(digits);
    String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
    if (u.startsWith("lakh") || u.startsWith("lac")) {
      value = value.multiply(BigDecimal.valueOf(100_000));
    } else if (u.startsWith("crore") || u.equals("cr")) {
      value = value.multiply(BigDecimal.valueOf(10_000_000));
    } else if (u.equals("k")) {
      value = value.multiply(BigDecimal.valueOf(1_000));
    }
    try {
      found.add(Money.of(value, Money.INR, "amount"));
    } catch (RuntimeException tooPrecise) {
      found.add(Money.of(value.setScale(2, java.math.RoundingMode.DOWN), Money.INR, "amount"));
    }
  }
}
