package dev.samvad.relationship.text;

/** {@link ReplyPropertyBase} for every script Samvad reads. */
class ScriptProperties {
  private ScriptProperties() {}

  static class LatinProperties extends ReplyPropertyBase {
    String letters() {
      return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    }

    String[] words() {
      return new String[] {"kal", "payment", "nahi", "bhej", "dunga", "paid", "UTR", "50k", "lakh"};
    }
  }

  static class DevanagariProperties extends ReplyPropertyBase {
    String letters() {
      return "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसहािीुूेैोौंँ्ऽ़०१२५";
    }

    String[] words() {
      return new String[] {"कल", "भुगतान", "नहीं", "कर", "दिया", "दूंगा", "लाख", "हज़ार"};
    }
  }

  static class BengaliProperties extends ReplyPropertyBase {
    String letters() {
      return "কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশসহািীুূেৈোৌংঁ্ৰৱ০১২";
    }

    String[] words() {
      return new String[] {"কাল", "টাকা", "না", "দিয়েছি", "দেব", "কাইলৈ", "দিম"};
    }
  }

  static class GurmukhiProperties extends ReplyPropertyBase {
    String letters() {
      return "ਕਖਗਘਚਛਜਝਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਰਲਵਸਹਾਿੀੁੂੇੈੋੌਂੱ੍";
    }

    String[] words() {
      return new String[] {"ਕੱਲ੍ਹ", "ਪੈਸੇ", "ਨਹੀਂ", "ਦੇ", "ਦਿੱਤੇ"};
    }
  }

  static class GujaratiProperties extends ReplyPropertyBase {
    String letters() {
      return "કખગઘચછજઝટઠડઢણતથદધનપફબભમયરલવશસહાિીુૂેૈોૌં્";
    }

    String[] words() {
      return new String[] {"કાલે", "પૈસા", "નથી", "આપી", "દીધા"};
    }
  }

  static class OdiaProperties extends ReplyPropertyBase {
    String letters() {
      return "କଖଗଘଚଛଜଝଟଠଡଢଣତଥଦଧନପଫବଭମଯରଲଶସହାିୀୁୂେୈୋୌଂ୍";
    }

    String[] words() {
      return new String[] {"କାଲି", "ଟଙ୍କା", "ନାହିଁ", "ଦେଇଛି"};
    }
  }

  static class TamilProperties extends ReplyPropertyBase {
    String letters() {
      return "அஆஇஈஉஊஎஏஐஒஓகஙசஞடணதநபமயரலவழளறனாிீுூெேைொோௌ்";
    }

    String[] words() {
      return new String[] {"நாளை", "பணம்", "இல்லை", "கட்டிட்டேன்", "தப்பு"};
    }
  }

  static class TeluguProperties extends ReplyPropertyBase {
    String letters() {
      return "అఆఇఈఉఊఎఏఐఒఓకఖగఘచజటడణతదనపబమయరలవశసహాిీుూెేైొోౌం్";
    }

    String[] words() {
      return new String[] {"రేపు", "డబ్బులు", "లేదు", "పంపాను", "తప్పు"};
    }
  }

  static class KannadaProperties extends ReplyPropertyBase {
    String letters() {
      return "ಅಆಇಈಉಊಎಏಐಒಓಕಖಗಘಚಜಟಡಣತದನಪಬಮಯರಲವಶಸಹಾಿೀುೂೆೇೈೊೋೌಂ್";
    }

    String[] words() {
      return new String[] {"ನಾಳೆ", "ಹಣ", "ಇಲ್ಲ", "ಕಟ್ಟಿದ್ದೀನಿ"};
    }
  }

  static class MalayalamProperties extends ReplyPropertyBase {
    String letters() {
      return "അആഇഈഉഊഎഏഐഒഓകഖഗഘചജടഡണതദനപബമയരലവശസഹളഴറാിീുൂെേൈൊോൌം്ൽൻർ";
    }

    String[] words() {
      return new String[] {"നാളെ", "പൈസ", "ഇല്ല", "അടച്ചു"};
    }
  }

  static class ArabicProperties extends ReplyPropertyBase {
    String letters() {
      return "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیےۓ؟،۔";
    }

    String[] words() {
      return new String[] {"کل", "پیسے", "نہیں", "بھیج", "دیے"};
    }
  }
}
