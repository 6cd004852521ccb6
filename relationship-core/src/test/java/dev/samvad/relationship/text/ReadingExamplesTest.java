package dev.samvad.relationship.text;

import static dev.samvad.relationship.text.Replies.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.IndianState;
import dev.samvad.api.model.PaymentMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples the documentation promises, message time Thursday 1 October 2026. */
class ReadingExamplesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kal tak bhej dunga | 2026-10-02",
        "parson pakka kar dunga | 2026-10-03",
        "aaj shaam tak bhej deta hoon | 2026-10-01",
        "will pay next Monday | 2026-10-05",
        "15 tarikh ko payment kar denge | 2026-10-15",
        "will pay on 15th | 2026-10-15",
        "month end tak clear kar denge | 2026-10-31",
        "mahine ke aakhir tak de denge | 2026-10-31",
        "Diwali ke baad kar denge | 2026-11-09",
        "कल भुगतान कर देंगे | 2026-10-02",
        "परसों भेज दूंगा | 2026-10-03",
        "সোমবার দিয়ে দেব | 2026-10-05",
        "நாளை கட்டிடுவேன் | 2026-10-02",
        "రేపు కడతాను | 2026-10-02",
        "3 din mein kar dunga | 2026-10-04",
        "payment on 20/10 | 2026-10-20",
      })
  void promisedDates(String text, String date) {
    ReplyAnalysis a = read(text);
    assertTrue(a.has(Intent.PROMISE_TO_PAY), text + " -> " + a.intents());
    assertEquals(LocalDate.parse(date), a.entities().promisedDate().orElseThrow().date(), text);
  }

  /**
   * The demo's sample disputes, payments, promises and opt-outs in Tamil (script and romanised),
   * Kannada and Odia: they were read as OTHER before the lexicons learnt their forms (adverbial
   * "wrong", the Odia word-final virama, "credit note", first person plural verbs).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "சரக்கு கம்மியா வந்துச்சு, முதல்ல கிரெடிட் நோட் அனுப்புங்க | DISPUTE",
        "பில் INV-204 ல ரேட் தப்பா இருக்கு | DISPUTE",
        "இந்த வாரத்துக்குள்ள முழு தொகையும் அனுப்பிடுறோம் | PROMISE_TO_PAY",
        "Goods kammiya vandhuchu, first credit note anupunga | DISPUTE",
        "Bill INV-204 la rate thappa irukku | DISPUTE",
        "ಮಾಲು ಕಡಿಮೆ ಬಂದಿದೆ, ಮೊದಲು ಕ್ರೆಡಿಟ್ ನೋಟ್ ಕಳಿಸಿ | DISPUTE",
        "ಬಿಲ್ INV-204 ನಲ್ಲಿ ರೇಟ್ ತಪ್ಪಾಗಿದೆ | DISPUTE",
        "ಈ ವಾರದಲ್ಲೇ ಪೂರ್ತಿ ಹಣ ಕಳಿಸ್ತೀವಿ | PROMISE_TO_PAY",
        "45,000 ರೂಪಾಯಿ ಕಳಿಸಿದ್ದೀವಿ, ಚೆಕ್ ಮಾಡಿ | ALREADY_PAID",
        "ମାଲ କମ୍ ଆସିଥିଲା, ପ୍ରଥମେ କ୍ରେଡିଟ୍ ନୋଟ୍ ପଠାନ୍ତୁ | DISPUTE",
        "ବିଲ୍ INV-204 ରେ ରେଟ୍ ଭୁଲ୍ ଅଛି | DISPUTE",
        "ଏହି ସପ୍ତାହରେ ପୁରା ଟଙ୍କା ପଠାଇଦେବୁ | PROMISE_TO_PAY",
        "45,000 ଟଙ୍କା ପଠାଇଦେଇଛୁ, ଦୟାକରି ଚେକ୍ କରନ୍ତୁ | ALREADY_PAID",
      })
  void demoRepliesInTamilKannadaAndOdia(String text, Intent intent) {
    ReplyAnalysis a = read(text);
    assertTrue(a.has(intent), text + " -> " + a.intents());
  }

  @Test
  void afterPongalUsesTheCalendar() {
    ReplyAnalysis a =
        Replies.read("will pay after Pongal", Replies.JANUARY, IndianState.TAMIL_NADU);
    PromisedDate d = a.entities().promisedDate().orElseThrow();
    assertEquals(LocalDate.of(2027, 1, 16), d.date());
    assertEquals(DateBasis.FESTIVAL, d.basis());
    assertFalse(d.firm());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "50k bhej dunga kal | 5000000",
        "1.5 lakh transfer kar dunga | 15000000",
        "₹1,20,000 paid today | 12000000",
        "Rs. 5000/- sent | 500000",
        "dedh lakh kal tak | 15000000",
        "dhai hazaar abhi bhejta hoon | 250000",
        "2 cr ka order hai | 2000000000",
        "saadhe teen lakh bhejenge | 35000000",
        "५०,००० रुपये भेज दिए | 5000000",
      })
  void indianAmounts(String text, long paise) {
    ReplyAnalysis a = read(text);
    assertEquals(paise, a.entities().amounts().get(0).amount().paise(), text);
  }

  @Test
  void paymentReferences() {
    ReplyAnalysis utr = read("NEFT done, UTR HDFCN52026100112345");
    assertEquals(PaymentMode.NEFT, utr.entities().paymentReferences().get(0).mode());
    assertEquals(
        "HDFCN52026100112345", utr.entities().paymentReferences().get(0).reference().orElseThrow());
    ReplyAnalysis cheque = read("cheque no 004512 de diya hai");
    assertEquals(ReferenceKind.CHEQUE_NUMBER, cheque.entities().paymentReferences().get(0).kind());
    ReplyAnalysis phone = read("call me on +919876543210");
    assertTrue(phone.entities().paymentReferences().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "dekhte hain sir",
        "koshish karenge",
        "ho jayega sir",
        "பார்க்கலாம் சார்",
        "చూద్దాం సార్",
        "will try to pay soon"
      })
  void politeIndirectAnswersAreWeakCommitments(String text) {
    ReplyAnalysis a = read(text);
    assertEquals(CommitmentStrength.WEAK, a.commitment().strength(), text);
    assertTrue(a.entities().promisedDates().stream().noneMatch(PromisedDate::firm), text);
  }

  @Test
  void firmPromise() {
    ReplyAnalysis a = read("kal pakka bhej dunga");
    assertEquals(CommitmentStrength.FIRM, a.commitment().strength());
    assertTrue(a.entities().promisedDate().orElseThrow().firm());
  }

  @Test
  void negationCancelsAPaymentClaim() {
    assertFalse(read("abhi tak payment nahi kiya, kal karunga").has(Intent.ALREADY_PAID));
    assertFalse(read("not paid yet, will pay tomorrow").has(Intent.ALREADY_PAID));
  }

  @Test
  void contrastWeighsTheSecondClause() {
    assertTrue(read("maal accha tha lekin rate galat hai").sentiment().polarity() < 0);
    assertTrue(
        read("rate thoda zyada tha but service was excellent, thanks").sentiment().polarity() > 0);
  }

  @Test
  void disputeReasons() {
    assertEquals(
        DisputeKind.TAX_ERROR,
        read("GST galat lagaya hai").entities().disputeReasons().get(0).kind());
    assertEquals(
        DisputeKind.NOT_RECEIVED,
        read("maal nahi mila abhi tak").entities().disputeReasons().get(0).kind());
  }

  @Test
  void callbackTime() {
    CallbackTime t = read("kal shaam 5 baje call karo").entities().callbackTimes().get(0);
    assertEquals(LocalDate.of(2026, 10, 2), t.date().orElseThrow());
    assertEquals(17, t.time().orElseThrow().getHour());
  }

  @Test
  void optOutInEveryScript() {
    for (String s :
        new String[] {
          "STOP",
          "band karo",
          "message mat bhejo",
          "संदेश न भेजें",
          "মেসেজ পাঠাবেন না",
          "मेसेज पाठवू नका",
          "મેસેજ ન મોકલો",
          "ਮੈਸੇਜ ਨਾ ਭੇਜੋ",
          "மெசேஜ் அனுப்பாதீங்க",
          "మెసేజ్ పంపకండి",
          "ಮೆಸೇಜ್ ಕಳಿಸಬೇಡಿ",
          "മെസേജ് അയക്കരുത്",
          "ମେସେଜ ପଠାନ୍ତୁ ନାହିଁ",
          "মেছেজ নপঠাব",
          "میسج نہ بھیجیں"
        }) {
      assertTrue(read(s).has(Intent.OPT_OUT), s);
    }
  }
}
