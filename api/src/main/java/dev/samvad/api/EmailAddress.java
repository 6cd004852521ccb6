package dev.samvad.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An e-mail address checked for the syntax mail systems actually accept: a local part of at most 64
 * characters (letters, digits and {@code . _ % + - ' !#$&*=?^`{|}~}, no leading, trailing or
 * doubled dot), {@code @}, and a domain of dot-separated labels (letters, digits, inner hyphens)
 * ending in an alphabetic top-level label; at most 254 characters. The domain is lower-cased.
 * Quoted local parts and IP-literal domains are rejected on purpose: they are legal but almost
 * always typing mistakes in a business contact list.
 *
 * @param value the address
 */
public record EmailAddress(@JsonValue String value) {

  private static final String LOCAL_SPECIALS = "._%+-'!#$&*=?^`{|}~";

  /** Normalises and validates; throws {@link InvalidInputException} naming {@code email}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public EmailAddress {
    InvalidInputException.require(value, "email");
    value = value.strip();
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      throw new InvalidInputException("email", "must look like name@domain");
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
    String problem = value.length() > 254 ? "must be at most 254 characters" : localProblem(local);
    if (problem == null) {
      problem = domainProblem(domain);
    }
    if (problem != null) {
      throw new InvalidInputException("email", problem);
    }
    value = local + "@" + domain;
  }

  /** The part after {@code @}, lower case. */
  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  /**
   * The address as lookups compare it: lower case throughout, since mail systems treat the local
   * part without regard to case in practice ({@code Accounts@x.in} and {@code accounts@x.in} reach
   * the same mailbox).
   */
  public String lookupForm() {
    return value.toLowerCase(Locale.ROOT);
  }

  private static String localProblem(String local) {
    if (local.length() > 64) {
      return "local part must be at most 64 characters";
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return "local part has a leading, trailing or doubled dot";
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!isAsciiAlnum(c) && LOCAL_SPECIALS.indexOf(c) < 0) {
        return "local part has a character not allowed in e-mail: '" + c + "'";
      }
    }
    return null;
  }

  private static String domainProblem(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return "domain must have at least two labels (example.in)";
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63) {
        return "domain has an empty or over-long label";
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        return "domain label may not start or end with '-'";
      }
      if (!label.chars().allMatch(c -> isAsciiAlnum((char) c) || c == '-')) {
        return "domain may hold only letters, digits, '-' and '.'";
      }
    }
    String top = labels[labels.length - 1];
    if (top.length() < 2 || !top.chars().allMatch(Character::isLetter)) {
      return "top-level domain must be at least two letters";
    }
    return null;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
