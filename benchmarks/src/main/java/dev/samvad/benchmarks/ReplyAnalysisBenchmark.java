package dev.samvad.benchmarks;

import dev.samvad.relationship.text.ReplyAnalysis;
import dev.samvad.relationship.text.ReplyAnalyzer;
import dev.samvad.relationship.text.ReplyText;
import dev.samvad.relationship.text.internal.Lexicon;
import java.time.Instant;
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
 * Full reply analysis (clean-up, language id, Lucene analysis, lexicon cues, entities, intents,
 * sentiment) on one thread. {@link #analyze120} cycles through sixteen replies in twelve scripts
 * and romanised forms, each lengthened to exactly 120 chars; {@link #loadLexicons} builds every
 * lexicon through the analysis chain once (the start-up cost of the reader, JVM already warm).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReplyAnalysisBenchmark -f 1 -wi 2 -i 3
 * -w 2s -r 3s}
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ReplyAnalysisBenchmark {

  private static final String[] REPLIES = {
    "Sir kal tak 50k bhej dunga pakka, baaki amount next week clear kar denge. Thoda business slow hai abhi 🙏",
    "Payment done via NEFT today, UTR HDFCN52026100112345. Please update your ledger and send the receipt",
    "भुगतान हो गया है, UTR 412345678901. कृपया खाते में जांच कर लें और रसीद भेज दीजिए",
    "বিল ভুল আছে, রেট বেশি ধরেছেন। ঠিক করে আবার পাঠান, তারপর পেমেন্ট করব",
    "पुढच्या आठवड्यात पेमेंट करतो साहेब, आत्ता थोडी अडचण आहे. बिलाची कॉपी पाठवा",
    "દિવાળી પછી પૂરા પૈસા ચૂકવી દઈશું, હમણાં ધંધો મંદો છે. થોડો સમય આપો",
    "ਕੱਲ੍ਹ 10 ਹਜ਼ਾਰ ਦੇਵਾਂਗਾ, ਬਾਕੀ ਅਗਲੇ ਮਹੀਨੇ। ਕਿਰਪਾ ਕਰਕੇ ਬਿੱਲ ਦੀ ਕਾਪੀ ਭੇਜੋ",
    "bill la amount thappu irukku sir, GST rendu thadava pottirukeenga, correct pannunga",
    "நாளைக்கு பணம் அனுப்புவேன் சார், கொஞ்சம் டைம் கொடுங்க, வியாபாரம் சரியில்லை",
    "రేపు డబ్బులు పంపిస్తాను, ఇప్పుడు కొంచెం ఇబ్బంది ఉంది. బిల్లు కాపీ పంపండి",
    "ಅರ್ಧ ಹಣ ಇವತ್ತು ಕಟ್ಟಿದ್ದೀನಿ, ಉಳಿದಿದ್ದು ಮುಂದಿನ ವಾರ ಕಳಿಸ್ತೀನಿ ಸರ್",
    "നാളെ പൈസ അയക്കാം ചേട്ടാ, ഇപ്പോൾ കുറച്ച് ബുദ്ധിമുട്ടാണ്",
    "ଅଧା ଟଙ୍କା ଆଜି ଦେଲି, ବାକି ଆସନ୍ତା ସପ୍ତାହରେ ପଠାଇଦେବି",
    "কাইলৈ টকা পঠাই দিম, এতিয়া অলপ সময় লাগিব। বিলৰ কপি পঠাওক",
    "ادائیگی کر دی ہے، UTR 412345678901۔ براہ کرم تصدیق کر دیں",
    "STOP sending these messages, I have already told you three times. Call my accountant instead",
  };

  private final String[] replies = new String[REPLIES.length];
  private ReplyAnalyzer analyzer;
  private Instant receivedAt;
  private int next;

  @Setup
  public void setUp() {
    analyzer = ReplyAnalyzer.standard();
    receivedAt = Instant.parse("2026-10-01T05:30:00Z");
    for (int i = 0; i < REPLIES.length; i++) {
      StringBuilder text = new StringBuilder(REPLIES[i]);
      while (text.length() < 120) {
        text.append(' ').append(REPLIES[i]);
      }
      int cut = Character.isHighSurrogate(text.charAt(119)) ? 119 : 120;
      replies[i] = text.substring(0, cut);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  public ReplyAnalysis analyze120() {
    String text = replies[next];
    next = next + 1 == replies.length ? 0 : next + 1;
    return analyzer.analyze(ReplyText.of(text, receivedAt));
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Lexicon loadLexicons() {
    return Lexicon.bundled();
  }
}
