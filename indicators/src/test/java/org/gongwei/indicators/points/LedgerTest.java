package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongwei.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

class LedgerTest {
  /**
   * Caps per quarter: follow-up 10 points, at most 2 times; check-up 30, once; lecture 20, at most
   * 50 points; contract 100, no cap.
   */
  static final PointsScheme SCHEME =
      PointsScheme.of(
          CapPeriod.QUARTER,
          PointsRule.of(Behaviour.FACE_TO_FACE_FOLLOW_UP, 10, Cap.times(2)),
          PointsRule.of(Behaviour.ANNUAL_CHECKUP, 30, Cap.times(1)),
          PointsRule.of(Behaviour.LECTURE_ATTENDED, 20, Cap.points(50)),
          PointsRule.of(Behaviour.CONTRACT_SIGNED, 100));

  static PointsEvent event(String resident, Behaviour b, String date, String ref) {
    return new PointsEvent(resident, b, LocalDate.parse(date), ref);
  }

  private static final List<PointsEvent> R1_2024 =
      List.of(
          event("R1", Behaviour.CONTRACT_SIGNED, "2024-01-01", "K1"),
          event("R1", Behaviour.LECTURE_ATTENDED, "2024-01-05", "L1"),
          event("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2024-01-10", "F1"),
          event("R1", Behaviour.LECTURE_ATTENDED, "2024-01-12", "L2"),
          event("R1", Behaviour.LECTURE_ATTENDED, "2024-01-19", "L3"),
          event("R1", Behaviour.LECTURE_ATTENDED, "2024-01-26", "L4"),
          event("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2024-02-10", "F2"),
          event("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2024-03-10", "F3"),
          event("R1", Behaviour.FACE_TO_FACE_FOLLOW_UP, "2024-04-10", "F4"),
          event("R1", Behaviour.ANNUAL_CHECKUP, "2024-05-01", "C1"));

  private static List<Long> points(Ledger l, String resident) {
    return l.entries(resident).stream().map(LedgerEntry::points).toList();
  }

  @Test
  void everyRuleAndItsCap() {
    Ledger l = Ledger.empty(SCHEME).earnAll(R1_2024);
    // posting order = date order:
    //   K1 +100; L1 +20; F1 +10; L2 +20; L3 capped +10 (50 - 40 left); L4 capped +0;
    //   F2 +10; F3 capped 0 (2 times in 2024-Q1); F4 +10 (2024-Q2); C1 +30
    assertEquals(List.of(100L, 20L, 10L, 20L, 10L, 0L, 10L, 0L, 10L, 30L), points(l, "R1"));
    // 100 + 20 + 10 + 20 + 10 + 0 + 10 + 0 + 10 + 30 = 210
    assertEquals(210, l.balance("R1"));
    LedgerEntry l3 = l.entries("R1").get(4);
    assertEquals(EntryKind.CAPPED, l3.kind());
    assertEquals(
        Optional.of("cap of 50 points a quarter for LECTURE_ATTENDED in 2024-Q1: 10 of 20 points"), l3.note());
    LedgerEntry l4 = l.entries("R1").get(5);
    assertEquals(Optional.of("cap of 50 points a quarter for LECTURE_ATTENDED in 2024-Q1: 0 of 20 points"), l4.note());
    LedgerEntry f3 = l.entries("R1").get(7);
    assertEquals(EntryKind.CAPPED, f3.kind());
    assertEquals("F3", f3.reference());
    assertEquals(
        Optional.of("cap of 2 times a quarter for FACE_TO_FACE_FOLLOW_UP in 2024-Q1 reached"), f3.note());
    assertEquals(EntryKind.EARNED, l.entries("R1").get(8).kind());
  }

  @Test
  void capPeriodIsAKnob() {
    // caps per year: F4 (April) is the third follow-up of 2024 -> capped; lectures as before
    Ledger l = Ledger.empty(SCHEME.withCapPeriod(CapPeriod.YEAR)).earnAll(R1_2024);
    assertEquals(List.of(100L, 20L, 10L, 20L, 10L, 0L, 10L, 0L, 0L, 30L), points(l, "R1"));
    assertEquals(200, l.balance("R1"));
    // per month: F1, F2, F3, F4 are in different months, all earn; lectures all in January
    Ledger m = Ledger.empty(SCHEME.withCapPeriod(CapPeriod.MONTH)).earnAll(R1_2024);
    assertEquals(220, m.balance("R1"));
  }

  @Test
  void capsCountPerResident() {
    Ledger l =
        Ledger.empty(SCHEME)
            .earnAll(
                List.of(
                    event("R1", Behaviour.ANNUAL_CHECKUP, "2024-05-01", "C1"),
                    event("R2", Behaviour.ANNUAL_CHECKUP, "2024-05-01", "C2"),
                    event("R2", Behaviour.ANNUAL_CHECKUP, "2024-06-01", "C3")));
    assertEquals(30, l.balance("R1"));
    assertEquals(30, l.balance("R2"));
    assertEquals(List.of(30L, 0L), points(l, "R2"));
    assertEquals(List.of("R1", "R2"), new ArrayList<>(l.residentIds()));
    assertEquals("Ledger[2 residents, 3 entries]", l.toString());
  }

  @Test
  void behaviourWithoutRuleIsNotRecorded() {
    Ledger empty = Ledger.empty(SCHEME);
    Ledger l = empty.earn(event("R1", Behaviour.REGULAR_MEDICATION, "2024-05-01", "F9"));
    assertSame(empty, l);
    assertEquals(0, l.entryCount());
  }

  @Test
  void theSameEventEarnsOnce() {
    Ledger once = Ledger.empty(SCHEME).earnAll(R1_2024);
    Ledger twice = once.earnAll(R1_2024);
    assertSame(once, twice);
    // the same reference for another behaviour is another event
    Ledger other = once.earn(event("R1", Behaviour.CONTRACT_SIGNED, "2024-06-01", "F1"));
    assertEquals(310, other.balance("R1"));
  }

  @Test
  void earnAllDoesNotDependOnTheOrderOfTheEvents() {
    List<PointsEvent> shuffled = new ArrayList<>(R1_2024);
    Collections.shuffle(shuffled, new Random(11));
    assertEquals(Ledger.empty(SCHEME).earnAll(R1_2024).entries("R1"), Ledger.empty(SCHEME).earnAll(shuffled).entries("R1"));
  }

  @Test
  void operationsLeaveTheLedgerUnchanged() {
    Ledger before = Ledger.empty(SCHEME).earn(event("R1", Behaviour.CONTRACT_SIGNED, "2024-01-01", "K1"));
    Ledger after = before.earn(event("R1", Behaviour.ANNUAL_CHECKUP, "2024-05-01", "C1"));
    assertEquals(100, before.balance("R1"));
    assertEquals(130, after.balance("R1"));
    Redemption r = after.redeem("R1", LocalDate.parse("2024-06-01"), "血压计", 120);
    assertEquals(130, after.balance("R1"));
    assertEquals(10, r.ledger().balance("R1"));
    assertThrows(UnsupportedOperationException.class, () -> after.entries("R1").clear());
  }

  @Test
  void redemptionWithinTheBalanceIsAccepted() {
    Ledger l = Ledger.empty(SCHEME).earnAll(R1_2024); // 210
    Redemption r = l.redeem("R1", LocalDate.parse("2024-06-01"), "血压计", 200);
    assertTrue(r.isAccepted());
    assertEquals(10, r.ledger().balance("R1")); // 210 - 200
    LedgerEntry e = r.entry().orElseThrow();
    assertEquals(EntryKind.REDEEMED, e.kind());
    assertEquals(-200, e.points());
    assertEquals("2024-06-01 REDEEMED 血压计 -200", e.toString());
    // the whole balance can be spent
    Redemption all = r.ledger().redeem("R1", LocalDate.parse("2024-06-02"), "毛巾", 10);
    assertTrue(all.isAccepted());
    assertEquals(0, all.ledger().balance("R1"));
  }

  @Test
  void redemptionThatWouldOverdrawIsRefused() {
    Ledger l = Ledger.empty(SCHEME).earnAll(R1_2024).redeem("R1", LocalDate.parse("2024-06-01"), "血压计", 200).ledger();
    Redemption r = l.redeem("R1", LocalDate.parse("2024-06-02"), "体检套餐", 20);
    assertFalse(r.isAccepted());
    assertSame(l, r.ledger());
    assertEquals(Optional.of("balance of R1 is 10 points, 20 needed for 体检套餐"), r.refusal());
    assertEquals("refused: balance of R1 is 10 points, 20 needed for 体检套餐", r.toString());
    // a resident without entries has 0
    assertFalse(l.redeem("R9", LocalDate.parse("2024-06-02"), "毛巾", 1).isAccepted());
    assertEquals(0, l.balance("R9"));
    assertEquals(List.of(), l.entries("R9"));
  }

  @Test
  void badRedemptionsAreProgrammingErrors() {
    Ledger l = Ledger.empty(SCHEME);
    assertThrows(IllegalArgumentException.class, () -> l.redeem("R1", LocalDate.parse("2024-06-02"), "毛巾", 0));
    assertThrows(IllegalArgumentException.class, () -> l.redeem("R1", LocalDate.parse("2024-06-02"), " ", 5));
    assertThrows(NullPointerException.class, () -> l.redeem(null, LocalDate.parse("2024-06-02"), "毛巾", 5));
  }

  @Test
  void earnedInAPeriod() {
    Ledger l = Ledger.empty(SCHEME).earnAll(R1_2024).redeem("R1", LocalDate.parse("2024-03-01"), "毛巾", 5).ledger();
    // Q1: 100 + 20 + 10 + 20 + 10 + 0 + 10 + 0 = 170 (the redemption is not an earning)
    assertEquals(170, l.earnedIn("R1", ReportingPeriod.ofQuarter(2024, 1)));
    assertEquals(40, l.earnedIn("R1", ReportingPeriod.ofQuarter(2024, 2)));
  }

  @Test
  void statement() {
    Ledger l = Ledger.empty(SCHEME).earnAll(R1_2024).redeem("R1", LocalDate.parse("2024-06-01"), "血压计", 200).ledger();
    String s = l.statement("R1");
    assertTrue(s.lines().anyMatch(x -> x.startsWith("2024-06-01") && x.contains("-200") && x.contains("10")), s);
    assertEquals(2 + 11, s.lines().count());
  }
}
