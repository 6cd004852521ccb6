package dev.samvad.api.model;

/**
 * A form of address a contact has stated for themselves. Samvad never guesses it from a name;
 * without one, messages use gender-neutral honorifics.
 */
public enum Title {
  MR,
  MS,
  DR
}
