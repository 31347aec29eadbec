package org.gongwei.indicators.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.code.SupervisionDomain;
import org.gongwei.core.code.SupervisionKind;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.rulebook.Rulebook;

/** Supervision records for the SUP tests. */
final class SupervisionFixture {
  private SupervisionFixture() {}

  static SupervisionRecord lead(String id, SupervisionDomain domain, String found, String reported) {
    return new SupervisionRecord(id, "430321101", domain, SupervisionKind.LEAD, LocalDate.parse(found),
        Optional.ofNullable(reported).map(LocalDate::parse));
  }

  static SupervisionRecord patrol(String id, String institution, SupervisionDomain domain, String on) {
    return new SupervisionRecord(id, institution, domain, SupervisionKind.PATROL, LocalDate.parse(on), Optional.empty());
  }

  static Tally tally(EventIndicator indicator, List<SupervisionRecord> records, ReportingPeriod period) {
    return Engine.of(List.of(), List.of(indicator)).evaluate(Dataset.of(records), EvaluationContext.of(period, Rulebook.national2017()));
  }
}
