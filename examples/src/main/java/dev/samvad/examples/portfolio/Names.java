package dev.samvad.examples.portfolio;

import dev.samvad.api.Region;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Word lists for synthetic business and contact names. Business names follow the patterns seen on
 * Indian GST registrations: a house name (a deity, a river, a place, a founder's family name)
 * followed by what the firm does and its legal form. Person names are only for contacts; Samvad
 * never reads anything into them.
 */
final class Names {
  private Names() {}

  /** House names common on shop boards in each region. */
  static final Map<Region, List<String>> HOUSE =
      Map.of(
          Region.NORTH,
          List.of(
              "Shree Balaji",
              "Jai Durga",
              "Shiv Shakti",
              "Goyal",
              "Aggarwal",
              "Bansal",
              "Mittal",
              "Jindal",
              "Doaba",
              "Himalaya",
              "Satluj",
              "Kwality",
              "Royal",
              "Sethi",
              "Khurana",
              "Malhotra",
              "Chenab",
              "Pink City",
              "Marwar",
              "Vaishno"),
          Region.CENTRAL,
          List.of(
              "Narmada",
              "Ganga",
              "Awadh",
              "Vindhya",
              "Malwa",
              "Bundelkhand",
              "Mahakal",
              "Saraswati",
              "Rathi",
              "Agrawal",
              "Shri Ram",
              "Kashi",
              "Gomti",
              "Triveni",
              "Maa Bamleshwari",
              "Doon Valley"),
          Region.WEST,
          List.of(
              "Shree Ganesh",
              "Sahyadri",
              "Patel",
              "Shah",
              "Mahalaxmi",
              "Shreeji",
              "Kutch",
              "Sabarmati",
              "Jalaram",
              "Deccan",
              "Konkan",
              "Siddhivinayak",
              "Desai",
              "Kothari",
              "Mehta",
              "Sai Krupa",
              "Vitthal",
              "Navkar",
              "Umiya",
              "Mandovi"),
          Region.SOUTH,
          List.of(
              "Sri Venkateswara",
              "Lakshmi",
              "Kaveri",
              "Sri Murugan",
              "Annai",
              "Sree Krishna",
              "Malabar",
              "Chola",
              "Pandian",
              "Tirumala",
              "Sri Sai",
              "Vijaya",
              "Coromandel",
              "Nilgiri",
              "Sri Ranga",
              "Kalyani",
              "Godavari",
              "Krishna Valley",
              "Periyar",
              "Charminar",
              "Sree Gokulam",
              "Thanjavur"),
          Region.EAST,
          List.of(
              "Maa Tara",
              "Jagannath",
              "Kalinga",
              "Konark",
              "Hooghly",
              "Bengal",
              "Maa Durga",
              "Magadh",
              "Tata Nagar",
              "Chhota Nagpur",
              "Mahanadi",
              "Utkal",
              "Damodar",
              "Shyam",
              "Annapurna",
              "Gangasagar"),
          Region.NORTHEAST,
          List.of(
              "Brahmaputra",
              "Kamakhya",
              "Purbanchal",
              "Luit",
              "Barak Valley",
              "Kanchenjunga",
              "Eastern Himalaya",
              "Dibru",
              "Khasi Hills",
              "Loktak",
              "Siang",
              "Dzukou"));

  /** An industry: how the sellers call it, GST rate on its goods, and trade-name endings. */
  record Industry(
      String name, String businessType, int gstPercent, List<String> endings, boolean teaBelt) {}

  static final List<Industry> INDUSTRIES =
      List.of(
          new Industry(
              "textiles",
              "manufacturer",
              5,
              List.of(
                  "Textiles",
                  "Fabrics",
                  "Silk Mills",
                  "Handloom House",
                  "Garments",
                  "Cotton Mills"),
              false),
          new Industry(
              "pharmaceuticals",
              "distributor",
              12,
              List.of(
                  "Pharma Distributors", "Medical Agencies", "Healthcare", "Drug House", "Pharma"),
              false),
          new Industry(
              "auto parts",
              "trader",
              28,
              List.of("Auto Parts", "Automobiles", "Auto Components", "Motor Stores", "Tyres"),
              false),
          new Industry(
              "fmcg",
              "distributor",
              18,
              List.of(
                  "Agencies", "Marketing", "Consumer Products", "Distributors", "Trading Company"),
              false),
          new Industry(
              "steel and hardware",
              "trader",
              18,
              List.of(
                  "Steel Traders", "Iron and Steel", "Hardware Mart", "Metal Industries", "Pipes"),
              false),
          new Industry(
              "electricals",
              "trader",
              18,
              List.of("Electricals", "Electronics", "Cables", "Switchgear", "Power Solutions"),
              false),
          new Industry(
              "food and agro",
              "manufacturer",
              5,
              List.of(
                  "Agro Foods", "Rice Mills", "Spices", "Dal Mill", "Oil Mills", "Food Products"),
              false),
          new Industry(
              "tea",
              "supplier",
              5,
              List.of("Tea Suppliers", "Tea Estates", "Tea Traders", "Tea Company"),
              true),
          new Industry(
              "packaging",
              "manufacturer",
              18,
              List.of("Packaging", "Polymers", "Plastics", "Corrugators", "Poly Packs"),
              false),
          new Industry(
              "building materials",
              "retailer",
              28,
              List.of("Cement Agencies", "Tiles and Sanitary", "Paints", "Ply and Laminates"),
              false),
          new Industry(
              "stationery and printing",
              "manufacturer",
              12,
              List.of("Printers", "Paper Mart", "Offset Printers", "Stationers"),
              false));

  /**
   * Contact names, per region, as groups of given and family names that go together, so that a
   * synthetic person looks like one. Who the person is says nothing to Samvad; the names are here
   * only so the demo reads like a real book.
   */
  record NameGroup(List<String> given, List<String> family) {}

  private static NameGroup group(String given, String family) {
    return new NameGroup(List.of(given.split(",")), List.of(family.split(",")));
  }

  static final Map<Region, List<NameGroup>> PEOPLE =
      Map.of(
          Region.NORTH,
          List.of(
              group(
                  "Rajesh,Sunita,Amit,Pooja,Vikas,Neha,Rakesh,Anjali,Deepak,Ritu",
                  "Sharma,Gupta,Arora,Bhatia,Aggarwal,Kapoor,Verma,Malhotra,Chaudhary"),
              group(
                  "Harpreet,Gurdeep,Manpreet,Jaspreet,Kuldeep,Simran",
                  "Gill,Sandhu,Dhillon,Grewal,Sidhu"),
              group("Imran,Farah,Salman,Nazia,Tariq", "Qureshi,Khan,Siddiqui,Mir,Lone")),
          Region.CENTRAL,
          List.of(
              group(
                  "Alok,Ritu,Manoj,Kavita,Saurabh,Shweta,Arvind,Pankaj,Vandana,Nisha",
                  "Tiwari,Mishra,Srivastava,Yadav,Jain,Agrawal,Dubey,Pandey,Saxena"),
              group("Rashid,Shabana,Aamir,Rukhsar", "Khan,Ansari,Siddiqui,Qureshi")),
          Region.WEST,
          List.of(
              group(
                  "Hitesh,Bhavna,Ketan,Jignesh,Dhruv,Komal,Nirav,Hetal",
                  "Patel,Shah,Mehta,Desai,Thakkar,Kothari,Parekh"),
              group(
                  "Nilesh,Prachi,Sachin,Snehal,Rohan,Manisha,Amol,Swati",
                  "Deshmukh,Kulkarni,Joshi,Pawar,Naik,Jadhav,Patil"),
              group("Joaquim,Maria,Anthony,Sonia", "Fernandes,D'Souza,Pereira,Rodrigues")),
          Region.SOUTH,
          List.of(
              group(
                  "Senthil,Karthik,Divya,Anitha,Saravanan,Meena,Prabhu,Revathi",
                  "Murugan,Raman,Iyer,Krishnan,Subramanian,Pillai"),
              group(
                  "Venkat,Srinivas,Lakshmi,Ramesh,Sravani,Suresh,Padma",
                  "Reddy,Rao,Naidu,Chowdary,Varma"),
              group("Manjunath,Deepa,Shivakumar,Kavya,Naveen", "Gowda,Hegde,Shetty,Rao"),
              group("Arun,Priya,Anoop,Meera,Jithin,Sreeja", "Nair,Menon,Kurup,Pillai,Varghese"),
              group("Salim,Ayesha,Faisal,Sameera", "Basha,Sheikh,Khan,Hussain")),
          Region.EAST,
          List.of(
              group(
                  "Subhash,Rina,Sourav,Moumita,Abhijit,Soma,Tapan,Anima",
                  "Das,Ghosh,Banerjee,Dutta,Chatterjee,Mukherjee"),
              group(
                  "Bikash,Sasmita,Pradeep,Rupa,Manas,Itishree",
                  "Mohanty,Sahoo,Patnaik,Mishra,Behera"),
              group("Rakesh,Sunita,Anil,Kumari,Ravi,Pinki", "Prasad,Sinha,Mahato,Singh,Kumar")),
          Region.NORTHEAST,
          List.of(
              group(
                  "Bhaskar,Pranjal,Nabanita,Rupam,Mousumi,Jintu,Dipika",
                  "Baruah,Gogoi,Kalita,Bora,Saikia,Hazarika"),
              group("Daphi,Banri,Iba,Wanshan", "Lyngdoh,Marak,Kharkongor,Syiem"),
              group("Imti,Akum,Temsu", "Ao,Jamir,Longkumer"),
              group("Pema,Karma,Dechen", "Bhutia,Lepcha,Sherpa"),
              group("Somorjit,Ibochouba,Thoibi", "Singh,Devi,Meitei"),
              group("Rahul,Sanjoy,Mitali", "Deb,Debbarma,Saha")));

  /** A plausible full name for a contact in {@code region}. */
  static String person(SplittableRandom random, Region region) {
    NameGroup g = pick(random, PEOPLE.get(region));
    return pick(random, g.given()) + " " + pick(random, g.family());
  }

  static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
