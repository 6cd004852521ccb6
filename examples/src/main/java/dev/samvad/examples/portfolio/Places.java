package dev.samvad.examples.portfolio;

import dev.samvad.api.IndianState;
import dev.samvad.api.LanguageForm;
import java.util.List;

/**
 * Where the synthetic customers do business: for each state, how many customers it gets, a few of
 * its commercial towns with real three-digit PIN prefixes and Udyam district codes, the market
 * localities found there, and how its business people tend to write on WhatsApp.
 *
 * <p>The counts are fixed (not drawn) so that every region and language is always present; they
 * roughly follow where India's small and mid-sized trade happens, with a deliberate minimum for the
 * north-east so that region is never an afterthought.
 */
final class Places {
  private Places() {}

  /** A town: its name, the PIN prefixes used there and a two-digit district code for Udyam. */
  record Town(String name, List<String> pinPrefixes, String district, List<String> localities) {}

  /** A language form people of a state write in, with a relative weight. */
  record Writes(LanguageForm form, int weight) {}

  /** One state's share of the portfolio. */
  record StatePlan(IndianState state, int customers, List<Town> towns, List<Writes> writes) {}

  private static Town town(String name, String pins, String district, String... localities) {
    return new Town(name, List.of(pins.split(",")), district, List.of(localities));
  }

  private static Writes w(String tag, int weight) {
    return new Writes(LanguageForm.parse(tag), weight);
  }

  /**
   * The plan, in a fixed order (roughly north to south, then east and north-east); the counts add
   * up to {@link #TOTAL}. Regions are not set here: each state's {@link IndianState#region()}
   * decides.
   */
  static final List<StatePlan> PLAN =
      List.of(
          new StatePlan(
              IndianState.DELHI,
              12,
              List.of(
                  town("New Delhi", "110", "07", "Karol Bagh", "Okhla Industrial Area Phase II"),
                  town(
                      "Delhi",
                      "110",
                      "02",
                      "Chandni Chowk",
                      "Naraina Industrial Area",
                      "Sadar Bazar"),
                  town("Delhi", "110", "09", "Wazirpur Industrial Area", "Bawana Industrial Area")),
              List.of(w("hi", 4), w("hinglish", 5), w("en", 3), w("pa", 1), w("ur", 1))),
          new StatePlan(
              IndianState.HARYANA,
              7,
              List.of(
                  town("Gurugram", "122", "18", "Udyog Vihar Phase IV", "Sector 37"),
                  town("Faridabad", "121", "03", "Sector 24", "NIT Industrial Area"),
                  town("Panipat", "132", "15", "GT Road", "Sector 29 Part II")),
              List.of(w("hi", 4), w("hinglish", 4), w("en", 2))),
          new StatePlan(
              IndianState.PUNJAB,
              8,
              List.of(
                  town("Ludhiana", "141", "11", "Focal Point Phase VIII", "Gill Road"),
                  town("Jalandhar", "144", "08", "Industrial Area", "Basti Sheikh"),
                  town("Amritsar", "143", "01", "Hall Bazar", "Verka Bypass")),
              List.of(w("pa", 5), w("pa-Latn", 4), w("hinglish", 2), w("en", 1))),
          new StatePlan(
              IndianState.CHANDIGARH,
              2,
              List.of(
                  town(
                      "Chandigarh",
                      "160",
                      "01",
                      "Industrial Area Phase I",
                      "Sector 26 Grain Market")),
              List.of(w("pa-Latn", 2), w("en", 2), w("hinglish", 1))),
          new StatePlan(
              IndianState.HIMACHAL_PRADESH,
              2,
              List.of(
                  town("Baddi", "173", "11", "EPIP Phase I", "Sai Road"),
                  town("Shimla", "171", "09", "Lower Bazar")),
              List.of(w("hi", 3), w("en", 2))),
          new StatePlan(
              IndianState.JAMMU_AND_KASHMIR,
              3,
              List.of(
                  town("Jammu", "180", "06", "Gangyal Industrial Area", "Raghunath Bazar"),
                  town("Srinagar", "190", "18", "Lal Chowk", "Rangreth Industrial Area")),
              List.of(w("ur", 4), w("hi", 2), w("en", 2))),
          new StatePlan(
              IndianState.RAJASTHAN,
              8,
              List.of(
                  town("Jaipur", "302", "12", "Vishwakarma Industrial Area", "Johari Bazar"),
                  town("Jodhpur", "342", "16", "Basni Industrial Area"),
                  town("Bhilwara", "311", "06", "RIICO Industrial Area"),
                  town("Udaipur", "313", "30", "Madri Industrial Area")),
              List.of(w("hi", 6), w("hinglish", 3), w("en", 1))),
          new StatePlan(
              IndianState.UTTAR_PRADESH,
              15,
              List.of(
                  town("Kanpur", "208", "35", "Dada Nagar Industrial Area", "Naya Ganj"),
                  town("Lucknow", "226", "43", "Aminabad", "Talkatora Industrial Area"),
                  town("Noida", "201", "28", "Sector 63", "Phase II"),
                  town("Varanasi", "221", "68", "Chandpur Industrial Area", "Godowlia"),
                  town("Agra", "282", "01", "Nunhai Industrial Estate", "Sadar Bazar"),
                  town("Moradabad", "244", "49", "Lakri Fazalpur")),
              List.of(w("hi", 6), w("hinglish", 4), w("ur", 2), w("en", 2))),
          new StatePlan(
              IndianState.UTTARAKHAND,
              2,
              List.of(
                  town("Haridwar", "249", "05", "SIDCUL Sector 11"),
                  town("Dehradun", "248", "04", "Paltan Bazar")),
              List.of(w("hi", 3), w("en", 1))),
          new StatePlan(
              IndianState.MADHYA_PRADESH,
              7,
              List.of(
                  town("Indore", "452", "26", "Sanwer Road Industrial Area", "Siyaganj"),
                  town("Bhopal", "462", "34", "Govindpura Industrial Area"),
                  town("Pithampur", "454", "13", "Sector 3")),
              List.of(w("hi", 5), w("hinglish", 3), w("en", 1))),
          new StatePlan(
              IndianState.CHHATTISGARH,
              3,
              List.of(
                  town("Raipur", "492", "14", "Urla Industrial Area", "Ganj Para"),
                  town("Bhilai", "490", "06", "Industrial Estate")),
              List.of(w("hi", 4), w("hinglish", 1))),
          new StatePlan(
              IndianState.MAHARASHTRA,
              19,
              List.of(
                  town("Mumbai", "400", "18", "Masjid Bunder", "Andheri East MIDC", "Lower Parel"),
                  town("Bhiwandi", "421", "33", "Kalher", "Narpoli"),
                  town("Pune", "411", "25", "Bhosari MIDC", "Market Yard"),
                  town("Nagpur", "440", "20", "Butibori MIDC", "Itwari"),
                  town("Nashik", "422", "22", "Satpur MIDC", "Ambad MIDC"),
                  town("Aurangabad", "431", "19", "Waluj MIDC", "Gulmandi")),
              List.of(w("mr", 6), w("mr-Latn", 4), w("hinglish", 3), w("en", 3), w("gu", 1))),
          new StatePlan(
              IndianState.GUJARAT,
              14,
              List.of(
                  town("Ahmedabad", "380,382", "07", "Naroda GIDC", "Vatva GIDC", "Relief Road"),
                  town("Surat", "395", "22", "Ring Road Textile Market", "Sachin GIDC"),
                  town("Rajkot", "360", "20", "Aji GIDC", "Bhaktinagar"),
                  town("Vadodara", "390", "24", "Makarpura GIDC"),
                  town("Morbi", "363", "33", "Lalpar", "Sanala Road")),
              List.of(w("gu", 6), w("gu-Latn", 4), w("en", 2), w("hinglish", 1))),
          new StatePlan(
              IndianState.GOA,
              2,
              List.of(
                  town("Margao", "403", "02", "Verna Industrial Estate"),
                  town("Panaji", "403", "01", "Corlim Industrial Estate")),
              List.of(w("en", 3), w("mr", 1))),
          new StatePlan(
              IndianState.TAMIL_NADU,
              17,
              List.of(
                  town("Chennai", "600", "02", "Ambattur Industrial Estate", "Parrys Corner"),
                  town("Coimbatore", "641", "03", "SIDCO Kurichi", "Gandhipuram"),
                  town("Tiruppur", "641", "32", "Avinashi Road", "Kangeyam Road"),
                  town("Madurai", "625", "19", "Kappalur Industrial Estate", "East Masi Street"),
                  town("Salem", "636", "25", "Suramangalam"),
                  town("Erode", "638", "07", "Perundurai SIPCOT")),
              List.of(w("ta", 6), w("tanglish", 4), w("en", 3))),
          new StatePlan(
              IndianState.KARNATAKA,
              12,
              List.of(
                  town("Bengaluru", "560", "20", "Peenya Industrial Area", "Chickpet"),
                  town("Mysuru", "570", "22", "Hebbal Industrial Area"),
                  town("Hubballi", "580", "13", "Gokul Road Industrial Estate"),
                  town("Mangaluru", "575", "09", "Baikampady Industrial Area")),
              List.of(w("kn", 6), w("en", 4), w("hinglish", 1))),
          new StatePlan(
              IndianState.KERALA,
              8,
              List.of(
                  town("Kochi", "682", "08", "Kalamassery Industrial Estate", "Broadway"),
                  town("Kozhikode", "673", "11", "Nallalam Industrial Estate", "Big Bazar"),
                  town("Thrissur", "680", "13", "Puzhakkal Industrial Estate")),
              List.of(w("ml", 6), w("en", 3))),
          new StatePlan(
              IndianState.ANDHRA_PRADESH,
              7,
              List.of(
                  town("Vijayawada", "520", "05", "Autonagar", "Gandhi Nagar"),
                  town("Visakhapatnam", "530", "13", "Autonagar", "Gajuwaka"),
                  town("Guntur", "522", "04", "Mirchi Yard")),
              List.of(w("te", 5), w("te-Latn", 3), w("en", 2))),
          new StatePlan(
              IndianState.TELANGANA,
              8,
              List.of(
                  town("Hyderabad", "500", "16", "Jeedimetla Industrial Area", "Begum Bazar"),
                  town("Warangal", "506", "31", "Mulugu Road")),
              List.of(w("te", 4), w("te-Latn", 3), w("ur", 2), w("en", 2), w("hinglish", 1))),
          new StatePlan(
              IndianState.PUDUCHERRY,
              1,
              List.of(town("Puducherry", "605", "02", "Mettupalayam Industrial Estate")),
              List.of(w("ta", 2), w("en", 1))),
          new StatePlan(
              IndianState.WEST_BENGAL,
              12,
              List.of(
                  town("Kolkata", "700", "17", "Burrabazar", "Topsia", "Park Circus"),
                  town("Howrah", "711", "09", "Liluah Industrial Area", "Dasnagar"),
                  town("Siliguri", "734", "04", "Sevoke Road"),
                  town("Durgapur", "713", "01", "Bidhannagar Industrial Area")),
              List.of(w("bn", 6), w("benglish", 4), w("en", 2), w("hinglish", 1))),
          new StatePlan(
              IndianState.ODISHA,
              6,
              List.of(
                  town("Bhubaneswar", "751", "17", "Mancheswar Industrial Estate", "Rasulgarh"),
                  town("Cuttack", "753", "09", "Jagatpur Industrial Estate"),
                  town("Rourkela", "769", "25", "Industrial Estate")),
              List.of(w("or", 6), w("en", 2))),
          new StatePlan(
              IndianState.BIHAR,
              5,
              List.of(
                  town("Patna", "800", "28", "Patliputra Industrial Area", "Maroofganj"),
                  town("Muzaffarpur", "842", "25", "Bela Industrial Area")),
              List.of(w("hi", 5), w("hinglish", 2))),
          new StatePlan(
              IndianState.JHARKHAND,
              4,
              List.of(
                  town("Jamshedpur", "831", "06", "Adityapur Industrial Area", "Bistupur"),
                  town("Ranchi", "834", "13", "Tupudana Industrial Area"),
                  town("Dhanbad", "826", "05", "Bank More")),
              List.of(w("hi", 4), w("en", 1), w("bn", 1))),
          new StatePlan(
              IndianState.ASSAM,
              8,
              List.of(
                  town("Guwahati", "781", "06", "Fancy Bazar", "Bamunimaidam Industrial Estate"),
                  town("Dibrugarh", "786", "11", "Chowkidinghee", "Graham Bazar"),
                  town("Jorhat", "785", "16", "Na-Ali"),
                  town("Tinsukia", "786", "27", "Rangagora Road")),
              List.of(w("as", 6), w("en", 2), w("bn", 1), w("hinglish", 1))),
          new StatePlan(
              IndianState.MEGHALAYA,
              2,
              List.of(town("Shillong", "793", "05", "Police Bazar", "Mawlai")),
              List.of(w("en", 1))),
          new StatePlan(
              IndianState.TRIPURA,
              2,
              List.of(town("Agartala", "799", "06", "Battala", "Bodhjung Nagar Industrial Estate")),
              List.of(w("bn", 3), w("en", 1))),
          new StatePlan(
              IndianState.MANIPUR,
              1,
              List.of(town("Imphal", "795", "04", "Thangal Bazar")),
              List.of(w("en", 1))),
          new StatePlan(
              IndianState.NAGALAND,
              1,
              List.of(town("Dimapur", "797", "03", "Duncan Basti")),
              List.of(w("en", 1))),
          new StatePlan(
              IndianState.SIKKIM,
              1,
              List.of(town("Gangtok", "737", "01", "Lal Bazar")),
              List.of(w("en", 1))),
          new StatePlan(
              IndianState.ARUNACHAL_PRADESH,
              1,
              List.of(town("Itanagar", "791", "12", "Naharlagun")),
              List.of(w("en", 2), w("hinglish", 1))));

  /** Customers in the whole plan. */
  static final int TOTAL = PLAN.stream().mapToInt(StatePlan::customers).sum();
}
