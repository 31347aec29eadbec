package org.gongwei.indicators.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.gongwei.core.period.ReportingPeriod;

/** Properties of {@link Ledger} over random sequences of operations. */
class LedgerPropertiesTest {
  /** The first day of the random events. */
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** One operation: earn an event, or redeem some points of a resident. */
  sealed interface Op permits Earn, Redeem {}

  record Earn(PointsEvent event) implements Op {}

  record Redeem(String residentId, int day, long points) implements Op {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<String> resident = Arbitraries.of("R1", "R2", "R3");
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 400);
    Arbitrary<Op> earn =
        Combinators.combine(resident, Arbitraries.of(Behaviour.class), day, Arbitraries.integers().between(1, 30))
            .as((r, b, d, ref) -> new Earn(new PointsEvent(r, b, START.plusDays(d), "X" + ref)));
    Arbitrary<Op> redeem =
        Combinators.combine(resident, day, Arbitraries.longs().between(1, 150)).as(Redeem::new);
    return Arbitraries.frequencyOf(
            Tuple.of(3, earn), Tuple.of(2, redeem))
        .list()
        .ofMaxSize(60);
  }

  @Provide
  Arbitrary<PointsScheme> schemes() {
    Arbitrary<Cap> cap =
        Arbitraries.oneOf(
            Arbitraries.just(Cap.none()),
            Arbitraries.longs().between(1, 5).map(Cap::times),
            Arbitraries.longs().between(1, 80).map(Cap::points));
    Arbitrary<PointsRule> rule =
        Combinators.combine(Arbitraries.of(Behaviour.class), Arbitraries.longs().between(1, 40), cap).as(PointsRule::new);
    return Combinators.combine(Arbitraries.of(CapPeriod.class), rule.list().ofMaxSize(6).uniqueElements(PointsRule::behaviour))
        .as(PointsScheme::of);
  }

  @Property(tries = 300)
  void balanceIsNeverNegativeAndIsTheSumOfTheAcceptedEntries(
      @ForAll("schemes") PointsScheme scheme, @ForAll("operations") List<Op> ops) {
    Ledger ledger = Ledger.empty(scheme);
    List<LedgerEntry> accepted = new ArrayList<>();
    for (Op op : ops) {
      if (op instanceof Earn e) {
        Ledger next = ledger.earn(e.event());
        long added = next.entryCount() - ledger.entryCount();
        assertTrue(added == 0 || added == 1);
        if (added == 1) {
          List<LedgerEntry> entries = next.entries(e.event().residentId());
          LedgerEntry entry = entries.get(entries.size() - 1);
          assertTrue(entry.points() >= 0 && entry.points() <= scheme.rule(e.event().behaviour()).orElseThrow().points());
          accepted.add(entry);
        } else {
          assertSame(ledger, next);
        }
        ledger = next;
      } else {
        Redeem r = (Redeem) op;
        long before = ledger.balance(r.residentId());
        Redemption result = ledger.redeem(r.residentId(), START.plusDays(r.day()), "item", r.points());
        assertEquals(before >= r.points(), result.isAccepted());
        if (result.isAccepted()) {
          accepted.add(result.entry().orElseThrow());
          assertEquals(before - r.points(), result.ledger().balance(r.residentId()));
        } else {
          assertSame(ledger, result.ledger());
        }
        ledger = result.ledger();
      }
      for (String id : List.of("R1", "R2", "R3")) {
        long sum = 0;
        for (LedgerEntry x : accepted) {
          if (x.residentId().equals(id)) {
            sum += x.points();
          }
        }
        assertTrue(ledger.balance(id) >= 0);
        assertEquals(sum, ledger.balance(id));
      }
    }
  }

  @Property(tries = 200)
  void capsAreNeverExceeded(@ForAll("schemes") PointsScheme scheme, @ForAll("operations") List<Op> ops) {
    List<PointsEvent> events = new ArrayList<>();
    for (Op op : ops) {
      if (op instanceof Earn e) {
        events.add(e.event());
      }
    }
    Collections.shuffle(events, new Random(events.size()));
    Ledger ledger = Ledger.empty(scheme);
    for (PointsEvent e : events) {
      ledger = ledger.earn(e);
    }
    for (PointsRule rule : scheme.rules()) {
      for (String id : ledger.residentIds()) {
        Map<ReportingPeriod, long[]> perPeriod = new HashMap<>();
        for (LedgerEntry x : ledger.entries(id)) {
          if (x.behaviour().isPresent() && x.behaviour().get() == rule.behaviour()) {
            long[] c = perPeriod.computeIfAbsent(scheme.capPeriod().containing(x.date()), k -> new long[2]);
            c[0] += x.points() > 0 ? 1 : 0;
            c[1] += x.points();
          }
        }
        for (long[] c : perPeriod.values()) {
          if (rule.cap().kind() == CapKind.COUNT) {
            assertTrue(c[0] <= rule.cap().limit());
          } else if (rule.cap().kind() == CapKind.POINTS) {
            assertTrue(c[1] <= rule.cap().limit());
          }
        }
      }
    }
  }

  @Property(tries = 200)
  void earnAllIsIndependentOfOrder(@ForAll("schemes") PointsScheme scheme, @ForAll("operations") List<Op> ops) {
    List<PointsEvent> events = new ArrayList<>();
    for (Op op : ops) {
      if (op instanceof Earn e) {
        events.add(e.event());
      }
    }
    Ledger a = Ledger.empty(scheme).earnAll(events);
    Collections.reverse(events);
    Ledger b = Ledger.empty(scheme).earnAll(events);
    for (String id : a.residentIds()) {
      assertEquals(a.entries(id), b.entries(id));
    }
    assertEquals(a.residentIds(), b.residentIds());
  }
}
