package dev.samvad.relationship.text.internal;

/**
 * What a lexicon entry means: a kind, an optional argument (a dispute subtype, a festival key, a
 * payment mode) and a number (a weight, a day offset, a multiplier).
 */
record Feature(Kind kind, String arg, double value) {

  /** Every kind of cue the lexicon files may declare with {@code @kind [arg] [value]}. */
  enum Kind {
    // intents
    PROMISE,
    PAID,
    PARTIAL,
    EXTENSION,
    DISPUTE,
    INVOICE,
    CALLBACK,
    HARDSHIP,
    WRONG_CONTACT,
    OPT_OUT,
    ACK,
    QUESTION,
    ABUSIVE,
    // what payment talk is about
    PAYWORD,
    // modifiers
    NEG,
    INTENS,
    DIMIN,
    CONTRAST,
    POLITE,
    HEDGE,
    FIRM,
    FULL,
    PART,
    VALENCE,
    EMOTION,
    INJECTION,
    // dates
    DAY,
    WEEKDAY,
    NEXT,
    DOM,
    MONTH,
    MONTHEND,
    PERIOD,
    AFTER,
    BEFORE,
    FESTIVAL,
    DAYS,
    WEEKS,
    // amounts
    MULT,
    NUMWORD,
    NUMMOD,
    CURRENCY,
    // payment references
    MODE,
    REF,
    CHEQUE,
    // callback time
    DAYPART,
    OCLOCK,
    AMPM
  }
}
