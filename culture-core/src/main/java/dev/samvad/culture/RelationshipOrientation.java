package dev.samvad.culture;

/** Whether the customer expects relationship before business. */
public enum RelationshipOrientation {
  /** Greetings, continuity and the person matter before the ask. */
  RELATIONSHIP_FIRST,
  /** Some warmth, then business. */
  BALANCED,
  /** Straight to business. */
  TRANSACTIONAL
}
