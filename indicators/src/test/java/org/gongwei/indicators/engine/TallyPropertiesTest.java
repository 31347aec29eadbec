package org.gongwei.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.tcm.TcmService;

/** Properties of the evaluation model over generated data: order, splitting and strata do not change the counts. */
class TallyPropertiesTest {
  private static List<BundleRecord> generate(long seed, int residents) {
    Random rnd = new Random(seed);
    List<BundleRecord> records = new ArrayList<>();
    String[] institutions = {"T1", "T2", "V1"};
    for (int i = 0; i < residents; i++) {
      String id = "R" + i;
      LocalDate birth = LocalDate.of(1920 + rnd.nextInt(100), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      records.add(
          ToyIndicators.resident(id, birth, rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, institutions[rnd.nextInt(3)], "43032110" + (1 + rnd.nextInt(3)) + "201"));
      int n = rnd.nextInt(3);
      for (int k = 0; k < n; k++) {
        records.add(new TcmService(id + "-S" + k, id, LocalDate.of(2023 + rnd.nextInt(2), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), TcmKind.ELDERLY));
      }
    }
    return records;
  }

  @Property(tries = 30)
  void shufflingChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int residents) {
    List<BundleRecord> records = generate(seed, residents);
    Tally original = ToyIndicators.engine().evaluate(Dataset.of(records), EngineTest.Y2024);
    Collections.shuffle(records, new Random(seed + 1));
    Tally shuffled = ToyIndicators.engine().evaluate(Dataset.of(records), EngineTest.Y2024);
    assertEquals(original.total("TOY-01"), shuffled.total("TOY-01"));
    assertEquals(
        original.group("TOY-01", c -> true, Cell::institutionCode),
        shuffled.group("TOY-01", c -> true, Cell::institutionCode));
  }

  @Property(tries = 30)
  void splitAndMergeEqualsWhole(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int residents, @ForAll @IntRange(min = 1, max = 7) int parts) {
    Dataset data = Dataset.of(generate(seed, residents));
    Engine engine = ToyIndicators.engine();
    Tally whole = engine.evaluateResidents(data.residentViews(), EngineTest.Y2024);
    List<ResidentView> views = data.residentViews();
    Tally merged = Tally.empty(engine.measures());
    int size = (views.size() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      int from = Math.min(views.size(), p * size);
      int to = Math.min(views.size(), from + size);
      merged = merged.merge(engine.evaluateResidents(views.subList(from, to), EngineTest.Y2024));
    }
    assertEquals(whole.total("TOY-01"), merged.total("TOY-01"));
    assertEquals(whole.group("TOY-01", c -> true, c -> c), merged.group("TOY-01", c -> true, c -> c));
  }

  @Property(tries = 30)
  void strataAddUpAndProportionsAreProper(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int residents) {
    Tally tally = ToyIndicators.engine().evaluate(Dataset.of(generate(seed, residents)), EngineTest.Y2024);
    Counts total = tally.total("TOY-01");
    for (Map<?, Counts> groups :
        List.of(
            tally.group("TOY-01", c -> true, Cell::institutionCode),
            tally.group("TOY-01", c -> true, Cell::sex),
            tally.group("TOY-01", c -> true, Cell::ageBand),
            tally.group("TOY-01", c -> true, Cell::regionCode))) {
      Counts sum = groups.values().stream().reduce(Counts.ZERO, Counts::plus);
      assertEquals(total, sum);
      for (Counts c : groups.values()) {
        assertEquals(true, 0 <= c.numerator() && c.numerator() <= c.denominator());
      }
    }
    assertEquals(
        total.denominator(),
        ToyIndicators.engine().drillDown(Dataset.of(generate(seed, residents)), EngineTest.Y2024, "TOY-01", c -> true).denominatorIds().size());
  }
}
