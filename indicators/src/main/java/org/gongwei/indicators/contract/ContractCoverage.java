package org.gongwei.indicators.contract;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.contract.Contract;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * <b>FD-01</b> 家庭医生签约服务覆盖率 (family-doctor contract coverage), indicators.md §13: residents in
 * the population at the period end who are signed on the period end / population ({@link
 * PopulationBase#POPULATION}; the records-based denominator counts residents in the population at
 * the period end).
 *
 * <p><i>Signed on date d</i> = a contract with {@code start_date ≤ d ≤ end_date} that was not
 * terminated on or before d ({@link Contract#isSignedOn}); a contract terminated on the period end
 * does not sign the resident. No knobs.
 */
public final class ContractCoverage implements PersonIndicator {
  private static final List<Measure> MEASURES = List.of(Measure.of("FD-01", PopulationBase.POPULATION));
  private static final Reason NO_CONTRACT = Reason.of("no family-doctor contract");

  /** The indicator. */
  public ContractCoverage() {}

  /** FD-01. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!subject.isInPopulationAtEnd()) {
      return;
    }
    record(subject, out, 0);
  }

  /** Records measure {@code m} as numerator when the subject is signed at the period end. */
  static void record(Subject subject, Recorder out, int m) {
    List<Contract> contracts = subject.view().contracts();
    if (contracts.isEmpty()) {
      out.denominatorOnly(m, NO_CONTRACT);
    } else if (isSignedOn(contracts, subject.end())) {
      out.numerator(m);
    } else {
      out.denominatorOnly(m, () -> notSignedText(contracts, subject.end()));
    }
  }

  /** Whether one of the contracts signs the resident on {@code date}. */
  static boolean isSignedOn(List<Contract> contracts, LocalDate date) {
    for (int i = 0; i < contracts.size(); i++) {
      if (contracts.get(i).isSignedOn(date)) {
        return true;
      }
    }
    return false;
  }

  /** Why none of the contracts signs the resident on {@code date}, in words. */
  static String notSignedText(List<Contract> contracts, LocalDate date) {
    Contract latest = null;
    for (Contract c : contracts) {
      if (!c.startDate().isAfter(date)) {
        latest = c; // contracts are in order of start
      }
    }
    if (latest == null) {
      Contract first = contracts.get(0);
      return "not signed on " + date + ": contract " + first.contractId() + " starts " + first.startDate();
    }
    if (latest.terminatedDate().isPresent() && !latest.terminatedDate().get().isAfter(date)) {
      return "not signed on " + date + ": contract " + latest.contractId() + " terminated on "
          + latest.terminatedDate().get();
    }
    return "not signed on " + date + ": contract " + latest.contractId() + " ended on " + latest.endDate();
  }

  @Override
  public String toString() {
    return "ContractCoverage[FD-01]";
  }
}
