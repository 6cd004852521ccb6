package dev.samvad.relationship.text;

/** A part of the day asked for, when no clock time is given. */
public enum DayPart {
  MORNING,
  AFTERNOON,
  EVENING,
  NIGHT
}
