package dev.samvad.culture.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samvad.api.InvalidInputException;
import dev.samvad.api.Money;
import dev.samvad.api.model.BusinessSize;
import dev.samvad.culture.MsmeClaim;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MsmedInterestTest {
  private static final BigDecimal LAKH = new BigDecimal("100000.00");
  private static final BigDecimal RATE = new BigDecimal("19.50"); // 3 × 6.50%

  /**
   * By hand: 19.50% a year is 1.625% a month. Due 15 Jan 2026, as of 25 Apr 2026: rests on 15 Feb,
   * 15 Mar, 15 Apr, then 10 days. 1,00,000 × 1.01625³ = 1,04,954.6478515625; × (1 + 0.195 × 10/365)
   * = 1,05,515.364…; interest ₹5,515.
   */
  @Test
  void handComputedExample() {
    BigDecimal interest =
        MsmedInterest.accrued(LAKH, RATE, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 25));
    assertEquals(new BigDecimal("5515"), interest);
  }

  @Test
  void wholeMonthsOnlyCompound() {
    // Three whole months, no broken period: 1,00,000 × (1.01625³ − 1) = 4,954.65 → ₹4,955.
    assertEquals(
        new BigDecimal("4955"),
        MsmedInterest.accrued(LAKH, RATE, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 15)));
  }

  @Test
  void agreedPeriodIsCappedAt45DaysFromAcceptance() {
    LocalDate accepted = LocalDate.of(2026, 1, 1);
    assertEquals(
        LocalDate.of(2026, 2, 15),
        MsmedInterest.lawfulDueDate(LocalDate.of(2026, 3, 31), accepted));
    assertEquals(
        LocalDate.of(2026, 1, 31),
        MsmedInterest.lawfulDueDate(LocalDate.of(2026, 1, 31), accepted));
    // From 15 Feb to 30 Apr: rests 15 Mar and 15 Apr, then 15 days. 1,00,000 × 1.01625² ×
    // (1 + 0.195 × 15/365) − 1,00,000 = 4,104.03 → ₹4,104.
    assertEquals(
        new BigDecimal("4104"),
        MsmedInterest.accrued(
            LAKH,
            RATE,
            MsmedInterest.lawfulDueDate(LocalDate.of(2026, 3, 31), accepted),
            LocalDate.of(2026, 4, 30)));
  }

  @Test
  void nothingAccruesOnOrBeforeTheDueDay() {
    LocalDate due = LocalDate.of(2026, 1, 15);
    assertEquals(BigDecimal.ZERO, MsmedInterest.accrued(LAKH, RATE, due, due));
    assertEquals(BigDecimal.ZERO, MsmedInterest.accrued(LAKH, RATE, due, due.minusDays(3)));
    // One day: 1,00,000 × 0.195 / 365 = 53.42 → ₹53.
    assertEquals(new BigDecimal("53"), MsmedInterest.accrued(LAKH, RATE, due, due.plusDays(1)));
  }

  @Test
  void endOfMonthRestsClamp() {
    // Due 31 Jan: rests 28 Feb, 31 Mar; as of 30 Mar is one rest + 30 days.
    BigDecimal interest =
        MsmedInterest.accrued(LAKH, RATE, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 30));
    // 1,00,000 × 1.01625 × (1 + 0.195 × 30/365) − 1,00,000 = 3,253.80 → ₹3,254.
    assertEquals(new BigDecimal("3254"), interest);
  }

  @Test
  void clauseStatesLawAndInterest() {
    MsmeClaim claim =
        new MsmeClaim(BusinessSize.SMALL, new BigDecimal("6.50"), LocalDate.of(2026, 1, 1));
    String en =
        MsmeClause.write(
            claim,
            Money.ofRupees(100_000),
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 4, 25),
            Templates.pack("en"));
    assertTrue(en.contains("MSMED Act, 2006"), en);
    assertTrue(en.contains("45 days"), en);
    assertTrue(en.contains("6.50% × 3 = 19.50%"), en);
    assertTrue(en.contains("25 April 2026 is ₹5,515.00"), en);
    assertTrue(en.contains("small enterprise"), en);
    String hi =
        MsmeClause.write(
            claim,
            Money.ofRupees(100_000),
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 4, 25),
            Templates.pack("hi"));
    assertTrue(hi.contains("25 अप्रैल 2026 तक") && hi.contains("₹5,515.00"), hi);
    String ta =
        MsmeClause.write(
            claim,
            Money.ofRupees(100_000),
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 4, 25),
            Templates.pack("ta"));
    assertEquals(en, ta, "languages without a reviewed clause use English");
  }

  @Test
  void onlyMicroAndSmallMayClaim() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> new MsmeClaim(BusinessSize.MEDIUM, new BigDecimal("6.5"), LocalDate.now()));
    assertEquals("msme.sellerSize", e.field());
    assertEquals(
        "msme.bankRatePercent",
        assertThrows(
                InvalidInputException.class,
                () -> new MsmeClaim(BusinessSize.MICRO, BigDecimal.ZERO, LocalDate.now()))
            .field());
  }
}
