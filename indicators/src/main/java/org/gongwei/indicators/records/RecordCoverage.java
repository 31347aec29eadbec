package org.gongwei.indicators.records;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * Health-record coverage: the record coverage rate EHR-01 (健康档案建档率), the electronic record
 * coverage rate EHR-02 (电子健康档案建档率) and the standardized electronic record coverage rate
 * EHR-05 (居民规范化电子健康档案覆盖率).
 *
 * <ul>
 *   <li>EHR-01 = residents in population at the period end whose health record was established
 *       on or before the period end ÷ residents in population at the period end (常住居民数).
 *   <li>EHR-02 = as the numerator of EHR-01, and the record is electronic ÷ the same population.
 *   <li>EHR-05 = as the numerator of EHR-02, and the electronic record is standardized ÷ the same
 *       population.
 * </ul>
 *
 * <p>The denominators are the population ({@link PopulationBase#POPULATION}): this calculator
 * reports the count of residents in population from the records, and the report layer replaces
 * it with the estimate of {@code populations.csv} under knob {@code populationDenominator}.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 居民健康档案管理服务规范, 工作指标;
 * indicators.md §1. Knobs read: none.
 */
public final class RecordCoverage implements PersonIndicator {
  private static final int EHR_01 = 0;
  private static final int EHR_02 = 1;
  private static final int EHR_05 = 2;

  private static final List<Measure> MEASURES =
      List.of(
          Measure.of("EHR-01", PopulationBase.POPULATION),
          Measure.of("EHR-02", PopulationBase.POPULATION),
          Measure.of("EHR-05", PopulationBase.POPULATION));

  private static final Reason NO_RECORD = Reason.of("no health record");
  private static final Reason NOT_ELECTRONIC = Reason.of("health record not electronic");
  private static final Reason NOT_STANDARDIZED = Reason.of("electronic health record not standardized");

  /** The calculator; it has no settings. */
  public RecordCoverage() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!subject.isInPopulationAtEnd()) {
      return;
    }
    Resident r = subject.resident();
    LocalDate end = subject.end();
    if (!r.hasRecordOn(end)) {
      Reason why = NO_RECORD;
      if (r.recordEstablishedDate().isPresent()) {
        LocalDate established = r.recordEstablishedDate().get();
        why = () -> "health record established " + established + ", after " + end;
      }
      out.denominatorOnly(EHR_01, why);
      out.denominatorOnly(EHR_02, why);
      out.denominatorOnly(EHR_05, why);
      return;
    }
    out.numerator(EHR_01);
    if (!r.electronicRecord()) {
      out.denominatorOnly(EHR_02, NOT_ELECTRONIC);
      out.denominatorOnly(EHR_05, NOT_ELECTRONIC);
      return;
    }
    out.numerator(EHR_02);
    out.inDenominator(EHR_05, r.recordStandardized(), NOT_STANDARDIZED);
  }

  @Override
  public String toString() {
    return "RecordCoverage[EHR-01, EHR-02, EHR-05]";
  }
}
