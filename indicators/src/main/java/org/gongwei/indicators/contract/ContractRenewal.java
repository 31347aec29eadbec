package org.gongwei.indicators.contract;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.contract.Contract;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * <b>FD-03</b> 续约率 (contract renewal rate), indicators.md §13: contracts of the denominator that
 * were renewed / contracts whose {@code end_date} falls in the period and that were not
 * terminated early (a termination on or after the end date is not early). Counted per contract: a
 * resident adds one unit to the denominator for each such contract.
 *
 * <p>A contract C is <i>renewed</i> when the same resident has another contract R that starts
 * after C starts and on or before {@code C.end_date + renewalGraceDays}, and ends after C ends. So
 * a renewal signed before C expired (R overlapping C, starting on C's end date or before) counts,
 * as does one starting on the last day of the grace period; one starting a day later does not.
 * Knob: {@code renewalGraceDays} (default 30).
 */
public final class ContractRenewal implements PersonIndicator {
  private static final List<Measure> MEASURES = List.of(Measure.of("FD-03"));

  /** The indicator. */
  public ContractRenewal() {}

  /** FD-03. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    List<Contract> contracts = subject.view().contracts();
    if (contracts.isEmpty()) {
      return;
    }
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    int grace = subject.rulebook().renewalGraceDays();
    int due = 0;
    int renewed = 0;
    Contract notRenewed = null;
    for (int i = 0; i < contracts.size(); i++) {
      Contract c = contracts.get(i);
      LocalDate end = c.endDate();
      if (end.isBefore(ps) || end.isAfter(pe) || c.isTerminatedEarly()) {
        continue;
      }
      due++;
      if (isRenewed(c, contracts, grace)) {
        renewed++;
      } else if (notRenewed == null) {
        notRenewed = c;
      }
    }
    if (due > 0) {
      Contract c = notRenewed;
      out.add(0, renewed, due, c == null ? Reason.COUNTED
          : () -> "contract " + c.contractId() + " ending " + c.endDate() + " not renewed by "
              + c.endDate().plusDays(grace));
    }
  }

  /** Whether another of the contracts renews {@code c} within {@code grace} days of its end. */
  static boolean isRenewed(Contract c, List<Contract> contracts, int grace) {
    LocalDate latestStart = c.endDate().plusDays(grace);
    for (int i = 0; i < contracts.size(); i++) {
      Contract r = contracts.get(i);
      if (r != c
          && r.startDate().isAfter(c.startDate())
          && !r.startDate().isAfter(latestStart)
          && r.endDate().isAfter(c.endDate())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ContractRenewal[FD-03]";
  }
}
