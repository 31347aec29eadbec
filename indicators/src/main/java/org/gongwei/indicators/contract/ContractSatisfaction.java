package org.gongwei.indicators.contract;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.indicators.engine.Cell;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EventRecorder;
import org.gongwei.indicators.engine.EventSource;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Recorder;

/**
 * <b>FD-04</b> 签约居民满意度 (satisfaction of signed residents), indicators.md §13: satisfaction
 * surveys dated in the period scoring 4 or 5 on the 1–5 scale / surveys dated in the period. Each
 * survey is counted in its resident's cell, or in an all-unknown cell when the survey names no
 * resident or one not in the data. No knobs.
 */
public final class ContractSatisfaction implements EventIndicator {
  private static final List<Measure> MEASURES = List.of(Measure.of("FD-04"));
  private static final Cell UNKNOWN = Cell.ofInstitution("", "");

  /** The lowest score counted as satisfied. */
  public static final int SATISFIED_SCORE = 4;

  /** The indicator. */
  public ContractSatisfaction() {}

  /** FD-04. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(EventSource events, EvaluationContext context, EventRecorder out) {
    List<SatisfactionSurvey> surveys = events.surveys();
    LocalDate ps = context.start();
    LocalDate pe = context.end();
    for (int i = 0; i < surveys.size(); i++) {
      SatisfactionSurvey s = surveys.get(i);
      if (s.surveyDate().isBefore(ps) || s.surveyDate().isAfter(pe)) {
        continue;
      }
      Cell cell = s.residentId().isPresent() ? events.residentCell(s.residentId().get()) : UNKNOWN;
      Recorder r = out.at(s, cell);
      if (s.score() >= SATISFIED_SCORE) {
        r.numerator(0);
      } else {
        r.denominatorOnly(0, () -> "score " + s.score() + ", 4 or 5 counts as satisfied");
      }
    }
  }

  @Override
  public String toString() {
    return "ContractSatisfaction[FD-04]";
  }
}
