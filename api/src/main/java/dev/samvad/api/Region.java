package dev.samvad.api;

/** The six broad cultural and business regions Samvad reasons about. */
public enum Region {
  NORTH,
  SOUTH,
  EAST,
  WEST,
  NORTHEAST,
  CENTRAL
}
