package org.gongwei.indicators.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.definition.Basis;
import org.gongwei.indicators.definition.IndicatorDefinition;
import org.gongwei.indicators.engine.Cell;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.fixture.PersonFixture;
import org.gongwei.indicators.rulebook.Knob;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/** The whole catalogue: wiring against the definitions, and the evaluation-model properties over generated data. */
class IndicatorsTest {
  private static final Indicators NBPHS = Indicators.national();
  private static final EvaluationContext Y2024 = NBPHS.context(ReportingPeriod.ofYear(2024), Rulebook.national2017());

  /** Measures whose numerator is not a subset of the denominator by design. */
  private static final Set<String> NOT_PROPORTIONS = Set.of("CH-01", "HTN-03", "DM-03", "SMD-02");

  @Test
  void everyDefinitionOfSections1To13HasItsMeasureAndBack() {
    Set<String> measured =
        NBPHS.engine().measures().stream().filter(Measure::isHeadline).map(Measure::id).collect(Collectors.toSet());
    Set<String> defined =
        NBPHS.catalogue().all().stream()
            .filter(d -> d.basis() != Basis.AGGREGATE)
            .map(IndicatorDefinition::id)
            .collect(Collectors.toSet());
    assertEquals(defined, measured);
    for (Measure m : NBPHS.engine().measures()) {
      assertTrue(NBPHS.catalogue().byId(m.indicatorId()).isPresent(), m.id());
    }
  }

  @Test
  void populationBasesAgreeWithTheKnobOfTheDefinitions() {
    for (Measure m : NBPHS.engine().measures()) {
      if (!m.isHeadline()) {
        continue;
      }
      boolean byPopulation = m.populationBase() != PopulationBase.NONE && !m.populationBase().isEstimateOnly();
      boolean reads = NBPHS.catalogue().byId(m.id()).orElseThrow().reads(Knob.POPULATION_DENOMINATOR);
      assertEquals(reads, byPopulation, m.id());
    }
  }

  private static List<BundleRecord> generated(long seed) {
    return new ArrayList<>(PersonFixture.randomRecords(seed));
  }

  @Property(tries = 40)
  void shufflingSplittingAndStrataChangeNothing(@ForAll long seed) {
    List<BundleRecord> records = generated(seed);
    Dataset data = Dataset.of(records);
    Engine engine = NBPHS.engine();
    Tally whole = engine.evaluate(data, Y2024);

    Collections.shuffle(records, new Random(seed));
    Tally shuffled = engine.evaluate(Dataset.of(records), Y2024);

    List<ResidentView> views = data.residentViews();
    int half = views.size() / 2;
    Tally merged =
        engine.evaluateResidents(views.subList(0, half), Y2024)
            .merge(engine.evaluateResidents(views.subList(half, views.size()), Y2024));

    for (Measure m : engine.measures()) {
      Counts total = whole.total(m.id());
      assertEquals(total, shuffled.total(m.id()), m.id());
      if (!engine.eventIndicators().stream().anyMatch(e -> e.measures().contains(m))) {
        assertEquals(total, merged.total(m.id()), m.id());
      }
      for (Map<?, Counts> strata :
          List.of(
              whole.group(m.id(), c -> true, Cell::institutionCode),
              whole.group(m.id(), c -> true, Cell::sex),
              whole.group(m.id(), c -> true, Cell::ageBand))) {
        assertEquals(total, strata.values().stream().reduce(Counts.ZERO, Counts::plus), m.id());
      }
      if (!NOT_PROPORTIONS.contains(m.indicatorId()) && !m.id().startsWith("SUP-02")) {
        assertTrue(0 <= total.numerator() && total.numerator() <= total.denominator(), m.id() + " " + total);
      }
    }
  }

  @Property(tries = 10)
  void drillDownAddsUpToTheCounts(@ForAll long seed) {
    Dataset data = Dataset.of(generated(seed));
    Tally tally = NBPHS.engine().evaluate(data, Y2024);
    for (Measure m : NBPHS.engine().measures()) {
      assertEquals(tally.total(m.id()), NBPHS.engine().drillDown(data, Y2024, m.id(), c -> true).counts(), m.id());
    }
  }

  @Test
  void reportOfAnEmptyDatasetHasNoDenominators() {
    IndicatorReport report = NBPHS.report(Dataset.empty(), ReportingPeriod.ofYear(2024), Rulebook.national2017());
    assertEquals(NBPHS.engine().measures().size(), report.results().size());
    assertEquals("EHR-01", report.results().get(0).id());
    assertTrue(report.toString().contains("健康档案建档率"), report.toString());
  }
}
