package dev.samvad.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 28 states and 8 union territories of India, with their GST state codes (the first two digits
 * of a GSTIN) and their default {@link Region}.
 *
 * <p>Regions follow common business usage, which mostly matches the zonal councils of the States
 * Reorganisation Act, 1956, except that Uttar Pradesh and Uttarakhand are NORTH (the council puts
 * them in CENTRAL) and the Andaman and Nicobar Islands are EAST (their postal and judicial links
 * run through Kolkata). culture-core's reference data carries the same defaults, checked by a test,
 * and lets a tenant override them. Two states carry a legacy GST code from before a reorganisation:
 * Andhra Pradesh (28, before Telangana split off) and Dadra and Nagar Haveli and Daman and Diu (25,
 * Daman and Diu before the 2020 merger). GSTINs with those codes are still in use.
 */
public enum IndianState {
  ANDHRA_PRADESH("AP", "Andhra Pradesh", "37", "28", Kind.STATE, Region.SOUTH),
  ARUNACHAL_PRADESH("AR", "Arunachal Pradesh", "12", "", Kind.STATE, Region.NORTHEAST),
  ASSAM("AS", "Assam", "18", "", Kind.STATE, Region.NORTHEAST),
  BIHAR("BR", "Bihar", "10", "", Kind.STATE, Region.EAST),
  CHHATTISGARH("CG", "Chhattisgarh", "22", "", Kind.STATE, Region.CENTRAL),
  GOA("GA", "Goa", "30", "", Kind.STATE, Region.WEST),
  GUJARAT("GJ", "Gujarat", "24", "", Kind.STATE, Region.WEST),
  HARYANA("HR", "Haryana", "06", "", Kind.STATE, Region.NORTH),
  HIMACHAL_PRADESH("HP", "Himachal Pradesh", "02", "", Kind.STATE, Region.NORTH),
  JHARKHAND("JH", "Jharkhand", "20", "", Kind.STATE, Region.EAST),
  KARNATAKA("KA", "Karnataka", "29", "", Kind.STATE, Region.SOUTH),
  KERALA("KL", "Kerala", "32", "", Kind.STATE, Region.SOUTH),
  MADHYA_PRADESH("MP", "Madhya Pradesh", "23", "", Kind.STATE, Region.CENTRAL),
  MAHARASHTRA("MH", "Maharashtra", "27", "", Kind.STATE, Region.WEST),
  MANIPUR("MN", "Manipur", "14", "", Kind.STATE, Region.NORTHEAST),
  MEGHALAYA("ML", "Meghalaya", "17", "", Kind.STATE, Region.NORTHEAST),
  MIZORAM("MZ", "Mizoram", "15", "", Kind.STATE, Region.NORTHEAST),
  NAGALAND("NL", "Nagaland", "13", "", Kind.STATE, Region.NORTHEAST),
  ODISHA("OD", "Odisha", "21", "", Kind.STATE, Region.EAST),
  PUNJAB("PB", "Punjab", "03", "", Kind.STATE, Region.NORTH),
  RAJASTHAN("RJ", "Rajasthan", "08", "", Kind.STATE, Region.NORTH),
  SIKKIM("SK", "Sikkim", "11", "", Kind.STATE, Region.NORTHEAST),
  TAMIL_NADU("TN", "Tamil Nadu", "33", "", Kind.STATE, Region.SOUTH),
  TELANGANA("TS", "Telangana", "36", "", Kind.STATE, Region.SOUTH),
  TRIPURA("TR", "Tripura", "16", "", Kind.STATE, Region.NORTHEAST),
  UTTAR_PRADESH("UP", "Uttar Pradesh", "09", "", Kind.STATE, Region.NORTH),
  UTTARAKHAND("UK", "Uttarakhand", "05", "", Kind.STATE, Region.NORTH),
  WEST_BENGAL("WB", "West Bengal", "19", "", Kind.STATE, Region.EAST),
  ANDAMAN_AND_NICOBAR_ISLANDS(
      "AN", "Andaman and Nicobar Islands", "35", "", Kind.UNION_TERRITORY, Region.EAST),
  CHANDIGARH("CH", "Chandigarh", "04", "", Kind.UNION_TERRITORY, Region.NORTH),
  DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU(
      "DH",
      "Dadra and Nagar Haveli and Daman and Diu",
      "26",
      "25",
      Kind.UNION_TERRITORY,
      Region.WEST),
  DELHI("DL", "Delhi", "07", "", Kind.UNION_TERRITORY, Region.NORTH),
  JAMMU_AND_KASHMIR("JK", "Jammu and Kashmir", "01", "", Kind.UNION_TERRITORY, Region.NORTH),
  LADAKH("LA", "Ladakh", "38", "", Kind.UNION_TERRITORY, Region.NORTH),
  LAKSHADWEEP("LD", "Lakshadweep", "31", "", Kind.UNION_TERRITORY, Region.SOUTH),
  PUDUCHERRY("PY", "Puducherry", "34", "", Kind.UNION_TERRITORY, Region.SOUTH);

  /** Whether a state or a union territory. */
  public enum Kind {
    STATE,
    UNION_TERRITORY
  }

  private static final Map<String, IndianState> BY_GST_CODE = new HashMap<>();
  private static final Map<String, IndianState> BY_KEY = new HashMap<>();

  static {
    for (IndianState state : values()) {
      BY_GST_CODE.put(state.gstCode, state);
      if (!state.legacyGstCode.isEmpty()) {
        BY_GST_CODE.put(state.legacyGstCode, state);
      }
      BY_KEY.put(state.name(), state);
      BY_KEY.put(state.code, state);
      BY_KEY.put(key(state.displayName), state);
    }
    BY_KEY.put("CT", CHHATTISGARH);
    BY_KEY.put("OR", ODISHA);
    BY_KEY.put("ORISSA", ODISHA);
    BY_KEY.put("TG", TELANGANA);
    BY_KEY.put("UT", UTTARAKHAND);
    BY_KEY.put("UTTARANCHAL", UTTARAKHAND);
    BY_KEY.put("PONDICHERRY", PUDUCHERRY);
    BY_KEY.put("NCT_OF_DELHI", DELHI);
    BY_KEY.put("NEW_DELHI", DELHI);
  }

  private final String code;
  private final String displayName;
  private final String gstCode;
  private final String legacyGstCode;
  private final Kind kind;
  private final Region region;

  IndianState(
      String code,
      String displayName,
      String gstCode,
      String legacyGstCode,
      Kind kind,
      Region region) {
    this.code = code;
    this.displayName = displayName;
    this.gstCode = gstCode;
    this.legacyGstCode = legacyGstCode;
    this.kind = kind;
    this.region = region;
  }

  /** The two-letter code (ISO 3166-2:IN subdivision as revised in 2023, e.g. {@code OD}). */
  public String code() {
    return code;
  }

  /** The name in English. */
  public String displayName() {
    return displayName;
  }

  /** The current two-digit GST state code, e.g. {@code 27} for Maharashtra. */
  public String gstCode() {
    return gstCode;
  }

  /** A GST code still seen on older registrations, or empty. */
  public Optional<String> legacyGstCode() {
    return legacyGstCode.isEmpty() ? Optional.empty() : Optional.of(legacyGstCode);
  }

  /** State or union territory. */
  public Kind kind() {
    return kind;
  }

  /** The default region. */
  public Region region() {
    return region;
  }

  /** The state whose current or legacy GST code this is. */
  public static Optional<IndianState> byGstCode(String gstCode) {
    return Optional.ofNullable(BY_GST_CODE.get(gstCode));
  }

  /**
   * Looks up by constant name, two-letter code (current or pre-2023) or English name, ignoring
   * case, spaces and {@code &}; e.g. {@code "tamil nadu"}, {@code "TN"}, {@code "Orissa"}.
   */
  public static Optional<IndianState> lookup(String text) {
    return Optional.ofNullable(BY_KEY.get(key(text)));
  }

  private static String key(String text) {
    String upper = text.strip().toUpperCase(Locale.ROOT).replace("&", "AND");
    StringBuilder key = new StringBuilder(upper.length());
    boolean gap = false;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (gap && key.length() > 0) {
          key.append('_');
        }
        key.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    if (gap && key.length() > 0) {
      key.append('_');
    }
    return key.toString();
  }
}
