package dev.samvad.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Writing systems Samvad reads and writes, with their ISO 15924 codes. Bengali script also serves
 * Assamese and Manipuri; Devanagari serves Hindi, Marathi, Nepali and others; Arabic (in its
 * Perso-Arabic form) serves Urdu, Kashmiri and Sindhi.
 */
public enum Script {
  LATIN("Latn"),
  DEVANAGARI("Deva"),
  BENGALI("Beng"),
  GURMUKHI("Guru"),
  GUJARATI("Gujr"),
  ODIA("Orya"),
  TAMIL("Taml"),
  TELUGU("Telu"),
  KANNADA("Knda"),
  MALAYALAM("Mlym"),
  ARABIC("Arab"),
  OL_CHIKI("Olck"),
  MEETEI_MAYEK("Mtei");

  private final String isoCode;

  Script(String isoCode) {
    this.isoCode = isoCode;
  }

  /** The four-letter ISO 15924 code, e.g. {@code Deva}. */
  public String isoCode() {
    return isoCode;
  }

  /** Looks up a script by ISO 15924 code or constant name, ignoring case. */
  public static Optional<Script> lookup(String codeOrName) {
    for (Script script : values()) {
      if (script.isoCode.equalsIgnoreCase(codeOrName)
          || script.name().equals(codeOrName.toUpperCase(Locale.ROOT))) {
        return Optional.of(script);
      }
    }
    return Optional.empty();
  }
}
