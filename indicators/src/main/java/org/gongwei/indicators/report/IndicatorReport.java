package org.gongwei.indicators.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.engine.Cell;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.rulebook.CertificateCohort;
import org.gongwei.indicators.rulebook.PopulationDenominator;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.target.Attainment;

/**
 * All results of an evaluation for a period and a scope: one {@link IndicatorResult} per
 * measure, with population denominators taken from estimates as the rulebook's {@code
 * populationDenominator} knob says, attainment of the rulebook's targets, and optionally strata.
 * Prints as an aligned table.
 *
 * <p>Denominators: a measure whose {@link PopulationBase} is a population figure uses, under
 * {@code PREFER_ESTIMATE}, the estimate for the scope (or stratum) when there is one and the
 * records otherwise; under {@code RECORDS_ONLY} always the records; under {@code ESTIMATE_ONLY}
 * the estimate or, without one, status {@code MISSING_ESTIMATE}. Estimated patients (HTN-03,
 * DM-03) have no records-based denominator: without an estimate the status is {@code
 * NO_DENOMINATOR}. Sex and age strata have no estimates and use the records, and say so.
 *
 * <p>CH-01 counts live births on the mothers' pregnancies; when the data holds no delivered
 * pregnancy at all, its result is that of {@code CH-01(BIRTHS)} (children born in the period),
 * as indicators.md §4 prescribes.
 *
 * <p>Immutable.
 */
public final class IndicatorReport {
  private static final Map<String, String> FALLBACKS = Map.of("CH-01", "CH-01(BIRTHS)");

  private final Tally tally;
  private final EvaluationContext context;
  private final Scope scope;
  private final InstitutionTree tree;
  private final PopulationEstimates estimates;
  private final Catalogue catalogue;
  private final Optional<Stratification> stratification;
  private final List<IndicatorResult> results;

  private IndicatorReport(
      Tally tally,
      EvaluationContext context,
      Scope scope,
      InstitutionTree tree,
      PopulationEstimates estimates,
      Catalogue catalogue,
      Optional<Stratification> stratification) {
    this.tally = tally;
    this.context = context;
    this.scope = scope;
    this.tree = tree;
    this.estimates = estimates;
    this.catalogue = catalogue;
    this.stratification = stratification;
    this.results = compute();
  }

  /** The report of a tally for a scope. */
  public static IndicatorReport of(
      Tally tally,
      EvaluationContext context,
      Scope scope,
      InstitutionTree tree,
      PopulationEstimates estimates,
      Catalogue catalogue) {
    return new IndicatorReport(
        Objects.requireNonNull(tally, "tally"),
        Objects.requireNonNull(context, "context"),
        Objects.requireNonNull(scope, "scope"),
        Objects.requireNonNull(tree, "tree"),
        Objects.requireNonNull(estimates, "estimates"),
        Objects.requireNonNull(catalogue, "catalogue"),
        Optional.empty());
  }

  /** The same report with every result split into strata. */
  public IndicatorReport stratifiedBy(Stratification by) {
    return new IndicatorReport(tally, context, scope, tree, estimates, catalogue, Optional.of(by));
  }

  /** The same evaluation reported for another scope. */
  public IndicatorReport withScope(Scope newScope) {
    return new IndicatorReport(tally, context, Objects.requireNonNull(newScope, "newScope"), tree, estimates, catalogue, stratification);
  }

  public ReportingPeriod period() {
    return context.period();
  }

  public Scope scope() {
    return scope;
  }

  public Rulebook rulebook() {
    return context.rulebook();
  }

  /** The stratification of the results, if any. */
  public Optional<Stratification> stratification() {
    return stratification;
  }

  /** Every result, in the order of the engine's measures. */
  public List<IndicatorResult> results() {
    return results;
  }

  /** The headline results (one per indicator). */
  public List<IndicatorResult> headlines() {
    return results.stream().filter(r -> r.measure().isHeadline()).toList();
  }

  /** The result of a measure. */
  public Optional<IndicatorResult> result(String measureId) {
    Objects.requireNonNull(measureId, "measureId");
    return results.stream().filter(r -> r.id().equals(measureId)).findFirst();
  }

  /** The tally behind the report (for merging with others or further grouping). */
  public Tally tally() {
    return tally;
  }

  /** The institution tree used for scopes and strata. */
  public InstitutionTree institutions() {
    return tree;
  }

  /** The cells of a stratum, for drill-down: the report's scope and the stratum key. */
  public Predicate<Cell> cellsOf(Stratification by, String key) {
    Predicate<Cell> inScope = scope.cells(tree);
    return c -> inScope.test(c) && by.keysOf(c, tree).contains(key);
  }

  private List<IndicatorResult> compute() {
    Predicate<Cell> inScope = scope.cells(tree);
    int year = context.end().getYear();
    boolean fallbackCh01 = needsFallback("CH-01");
    List<IndicatorResult> list = new ArrayList<>();
    for (Measure m : tally.measures()) {
      String source = fallbackCh01 && FALLBACKS.containsKey(m.id()) ? FALLBACKS.get(m.id()) : m.id();
      Counts counts = tally.total(source, inScope);
      PopulationBase base = populationBase(m);
      OptionalLong estimate = base == PopulationBase.NONE ? OptionalLong.empty() : estimates.forScope(scope, year, base);
      Denominator d = denominator(counts, base, estimate);
      List<Stratum> strata = stratification.map(s -> strata(m, source, s, inScope, year)).orElse(List.of());
      list.add(
          new IndicatorResult(
              m, catalogue.byId(m.indicatorId()), d.rate, d.source, attainment(m, d.rate), strata));
    }
    // catalogue order; measures unknown to the catalogue come last (the sort is stable)
    Map<String, Integer> order = new java.util.HashMap<>();
    for (int i = 0; i < catalogue.all().size(); i++) {
      order.put(catalogue.all().get(i).id(), i);
    }
    list.sort(java.util.Comparator.comparingInt(r -> order.getOrDefault(r.measure().indicatorId(), Integer.MAX_VALUE)));
    return List.copyOf(list);
  }

  private boolean needsFallback(String measureId) {
    return tally.hasMeasure(measureId)
        && tally.hasMeasure(FALLBACKS.get(measureId))
        && tally.total(measureId).denominator() == 0;
  }

  /** IMM-01 with the BORN_IN_PERIOD cohort is not a 0–6 population: no estimate applies. */
  private PopulationBase populationBase(Measure m) {
    if (m.indicatorId().equals("IMM-01") && context.rulebook().certificateCohort() == CertificateCohort.BORN_IN_PERIOD) {
      return PopulationBase.NONE;
    }
    return m.populationBase();
  }

  private List<Stratum> strata(Measure m, String source, Stratification by, Predicate<Cell> inScope, int year) {
    Map<String, Counts> groups = new TreeMap<>();
    tally
        .group(source, inScope, cell -> cell)
        .forEach((cell, c) -> by.keysOf(cell, tree).forEach(key -> groups.merge(key, c, Counts::plus)));
    PopulationBase base = populationBase(m);
    List<Stratum> strata = new ArrayList<>();
    for (Map.Entry<String, Counts> e : groups.entrySet()) {
      boolean hasEstimates = by != Stratification.SEX && by != Stratification.AGE_BAND && !e.getKey().equals(Stratification.UNKNOWN);
      OptionalLong estimate =
          base != PopulationBase.NONE && hasEstimates ? estimates.forCode(e.getKey(), year, base) : OptionalLong.empty();
      Denominator d = hasEstimates || base.isEstimateOnly() ? denominator(e.getValue(), base, estimate) : records(e.getValue());
      strata.add(
          new Stratum(by, e.getKey(), by.labelOf(e.getKey(), tree, context.rulebook().ageBands()), d.rate, d.source, attainment(m, d.rate)));
    }
    return strata;
  }

  private static Denominator records(Counts c) {
    return new Denominator(Rate.of(c.numerator(), c.denominator()), DenominatorSource.RECORDS);
  }

  private Denominator denominator(Counts c, PopulationBase base, OptionalLong estimate) {
    if (base == PopulationBase.NONE) {
      return records(c);
    }
    if (base.isEstimateOnly()) {
      return new Denominator(Rate.of(c.numerator(), estimate.orElse(0)), DenominatorSource.ESTIMATE);
    }
    PopulationDenominator rule = context.rulebook().populationDenominator();
    if (rule == PopulationDenominator.RECORDS_ONLY) {
      return records(c);
    }
    if (estimate.isPresent()) {
      return new Denominator(Rate.of(c.numerator(), estimate.getAsLong()), DenominatorSource.ESTIMATE);
    }
    if (rule == PopulationDenominator.ESTIMATE_ONLY) {
      return new Denominator(Rate.missingEstimate(c.numerator()), DenominatorSource.ESTIMATE);
    }
    return records(c);
  }

  private Optional<Attainment> attainment(Measure m, Rate rate) {
    return context.rulebook().target(m.id()).map(t -> Attainment.of(rate, t));
  }

  private record Denominator(Rate rate, DenominatorSource source) {}

  /** The results as an aligned table. */
  public String toTable(Detail detail) {
    TextTable t = TextTable.of("Id", "指标", "Numerator>", "Denominator>", "Value>", "Status", "Denominator from", "Target", "Met");
    for (IndicatorResult r : detail == Detail.ALL ? results : headlines()) {
      row(t, r.id(), r.nameZh(), r.rate(), r.displayValue(), r.denominatorSource(), r.attainment());
      for (Stratum s : r.strata()) {
        IndicatorResult asResult = new IndicatorResult(r.measure(), r.definition(), s.rate(), s.denominatorSource(), s.attainment(), List.of());
        row(t, "  " + s.key(), "  " + s.label(), s.rate(), asResult.displayValue(), s.denominatorSource(), s.attainment());
      }
    }
    return t.toString();
  }

  private static void row(
      TextTable t, String id, String name, Rate rate, String value, DenominatorSource source, Optional<Attainment> attainment) {
    t.row(
        id,
        name,
        Long.toString(rate.numerator()),
        Long.toString(rate.denominator()),
        value,
        rate.status().name(),
        source.name().toLowerCase(java.util.Locale.ROOT),
        attainment.map(a -> a.target().toString()).orElse(""),
        attainment.map(IndicatorReport::met).orElse(""));
  }

  private static String met(Attainment a) {
    switch (a.outcome()) {
      case MET:
        return "met";
      case NOT_MET:
        return a.gapPoints().map(g -> "not met (" + g.toPlainString() + " pts)").orElse("not met");
      default:
        return "n/a";
    }
  }

  /** A heading and the table of headline results. */
  @Override
  public String toString() {
    return "Indicator report " + context.period() + ", scope " + scope + ", rulebook " + context.rulebook().name()
        + (stratification.map(s -> ", by " + s.name().toLowerCase(java.util.Locale.ROOT)).orElse(""))
        + "\n" + toTable(Detail.HEADLINES);
  }
}
