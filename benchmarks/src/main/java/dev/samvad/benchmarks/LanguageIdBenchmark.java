package dev.samvad.benchmarks;

import dev.samvad.culture.LanguageGuess;
import dev.samvad.culture.LanguageIdentifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Language identification of customer replies, single thread. {@link #identify} cycles through
 * twenty realistic replies as written (scripts and romanised forms mixed, 4 to 95 chars, 63 on
 * average); {@link #identify120} uses the same replies lengthened to exactly 120 chars (each
 * repeated until long enough, then cut), the reply size the target names.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LanguageIdBenchmark {

  private static final String[] REPLIES = {
    "kal tak 50k bhej dunga, baaki next week. Abhi thoda cash tight hai bhai, sorry for delay",
    "भुगतान हो गया है, UTR 412345678901. कृपया अपने खाते में जांच लें और रसीद भेज दीजिए",
    "bill la amount thappu irukku sir, GST rendu thadava pottirukeenga, correct pannunga",
    "STOP",
    "I have already paid this invoice last week via NEFT, please check your account and confirm",
    "मी उद्या पैसे पाठवतो, आत्ता थोडी अडचण आहे. बिलाची प्रत पाठवा",
    "আমি কাল টাকা পাঠিয়ে দেব, এখন একটু অসুবিধা আছে দাদা। বিলের কপি পাঠান",
    "মই কাইলৈ টকা পঠাই দিম, এতিয়া অলপ অসুবিধা আছে। বিলৰ কপি পঠিয়াই দিয়ক",
    "બિલમાં રકમ ખોટી છે, એક જ બિલ બે વાર આવ્યું છે. સુધારીને ફરી મોકલો",
    "ਪੈਸੇ ਭੇਜ ਦਿੱਤੇ ਹਨ, ਪੁਸ਼ਟੀ ਕਰ ਦਿਓ। ਬਾਕੀ ਅਗਲੇ ਹਫ਼ਤੇ ਪੱਕਾ ਭੇਜ ਦਿਆਂਗਾ",
    "நாளைக்கு பணம் அனுப்புகிறேன் சார், கொஞ்சம் டைம் கொடுங்க, வியாபாரம் சரியில்லை",
    "repu pampistanu andi, ippudu dabbulu levu. konchem time ivvandi please",
    "ಅರ್ಧ ಹಣ ಇವತ್ತು ಕಟ್ಟಿದ್ದೇನೆ, ಉಳಿದದ್ದು ಮುಂದಿನ ವಾರ ಕಳಿಸ್ತೀನಿ",
    "naale paisa ayakkam chetta, ippol kurachu budhimuttanu",
    "ଅଧା ଟଙ୍କା ଆଜି ଦେଲି, ବାକି ଆସନ୍ତା ସପ୍ତାହରେ ପଠାଇବି",
    "ادائیگی ہو گئی ہے، UTR 412345678901۔ براہ کرم تصدیق کر دیں",
    "udya paise pathavto saheb, payment zala ki kalavto",
    "ami kal taka pathiye debo dada, ektu somoy din",
    "kale paisa moklish bhai, haju customer no payment aavyo nathi",
    "Thanks ji, reminder mil gaya. Month end tak sab clear kar denge 🙏"
  };

  private LanguageIdentifier identifier;
  private final String[] replies120 = new String[REPLIES.length];
  private int next;

  @Setup
  public void setUp() {
    identifier = LanguageIdentifier.standard();
    for (int i = 0; i < REPLIES.length; i++) {
      StringBuilder text = new StringBuilder(REPLIES[i]);
      while (text.length() < 120) {
        text.append(' ').append(REPLIES[i]);
      }
      replies120[i] = text.substring(0, 120);
    }
  }

  @Benchmark
  public LanguageGuess identify120() {
    String reply = replies120[next];
    next = next + 1 == REPLIES.length ? 0 : next + 1;
    return identifier.identify(reply);
  }

  @Benchmark
  public LanguageGuess identify() {
    String reply = REPLIES[next];
    next = next + 1 == REPLIES.length ? 0 : next + 1;
    return identifier.identify(reply);
  }
}
