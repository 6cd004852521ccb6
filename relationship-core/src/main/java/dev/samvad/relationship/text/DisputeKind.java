package dev.samvad.relationship.text;

/** Why a customer contests a bill. */
public enum DisputeKind {
  /** The amount, rate or quantity is wrong. */
  WRONG_AMOUNT,
  /** The goods were damaged, short or defective, or the service was poor. */
  GOODS_OR_SERVICE,
  /** The goods or service never arrived. */
  NOT_RECEIVED,
  /** Billed twice, or already paid against another invoice. */
  DUPLICATE,
  /** GST or other tax is wrong (rate, GSTIN, missing credit). */
  TAX_ERROR,
  /** Contested without a reason the rules recognise. */
  UNSPECIFIED
}
