package org.gongwei.indicators.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.core.tcm.TcmService;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * The health-record use rate EHR-03 (健康档案使用率): the share of open records that are
 * <i>dynamic</i>, that is used for at least one service in the recent past.
 *
 * <p>EHR-03 = open records at the period end that have a dynamic record ÷ open records at the
 * period end (档案总份数).
 *
 * <ul>
 *   <li>An <i>open record</i> at the period end is a health record established on or before the
 *       period end, of a resident neither dead nor with a closed (注销) record on or before it
 *       ({@link org.gongwei.core.resident.Resident#hasOpenRecordOn}); permanent residence is not
 *       required, since the denominator counts records, not population.
 *   <li>A record is <i>dynamic</i> when at least one service of any kind is dated within the
 *       window of the {@code dynamicRecordWindowMonths} months ending at the period end ({@link
 *       org.gongwei.core.period.ReportingPeriod#monthsEndingAtEnd}, whatever the period's kind):
 *       a hypertension or diabetes follow-up, a health check-up, a TCM service, a maternal visit,
 *       a child visit, a vaccination, a mental-health follow-up, the first home visit of a TB
 *       course, or the start of a family-doctor contract. With the default 12 months and the
 *       period end 31 December 2024 the window is 1 January – 31 December 2024; a service on 31
 *       December 2023, exactly 12 months before the end, is outside it.
 * </ul>
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 居民健康档案管理服务规范, 工作指标
 * (健康档案使用率 = 档案中有动态记录的档案份数 / 档案总份数); indicators.md §1. Knob read: {@code
 * dynamicRecordWindowMonths} (default 12).
 */
public final class RecordUse implements PersonIndicator {
  private static final int EHR_03 = 0;
  private static final List<Measure> MEASURES = List.of(Measure.of("EHR-03"));

  /**
   * The first day of the window for the context last seen: the same for every resident of an
   * evaluation, so it is computed once. A benign cache: a race only computes it twice.
   */
  private volatile Window window;

  private record Window(EvaluationContext context, LocalDate from) {}

  /** The calculator; its setting comes from the rulebook. */
  public RecordUse() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    LocalDate end = subject.end();
    if (!subject.resident().hasOpenRecordOn(end)) {
      return;
    }
    int months = subject.rulebook().dynamicRecordWindowMonths();
    LocalDate from = windowStart(subject.context(), months);
    if (hasServiceBetween(subject.view(), from, end)) {
      out.numerator(EHR_03);
    } else {
      out.denominatorOnly(
          EHR_03, () -> "no service recorded in the " + months + " months " + from + ".." + end);
    }
  }

  private LocalDate windowStart(EvaluationContext context, int months) {
    Window w = window;
    if (w == null || w.context() != context) {
      w = new Window(context, context.period().monthsEndingAtEnd(months).start());
      window = w;
    }
    return w.from();
  }

  /** Whether any service record of the resident is dated in {@code [from, to]}. */
  static boolean hasServiceBetween(ResidentView v, LocalDate from, LocalDate to) {
    return anyFollowUp(v.followUps(), from, to)
        || anyCheckup(v.checkups(), from, to)
        || anyVaccination(v.vaccinations(), from, to)
        || anyChildVisit(v.childVisits(), from, to)
        || anyTcmService(v.tcmServices(), from, to)
        || anyContract(v.contracts(), from, to)
        || anyMaternalVisit(v.maternalVisits(), from, to)
        || anyMentalFollowUp(v.mentalFollowUps(), from, to)
        || anyTbVisit(v.tbCourses(), from, to);
  }

  // Each list is sorted by date: the latest record on or before `to` decides.

  private static boolean anyFollowUp(List<FollowUp> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).visitDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyCheckup(List<Checkup> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).checkupDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyVaccination(List<Vaccination> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).vaccinationDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyChildVisit(List<ChildVisit> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).visitDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyTcmService(List<TcmService> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).serviceDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyContract(List<Contract> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).startDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyMaternalVisit(List<MaternalVisit> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).visitDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  private static boolean anyMentalFollowUp(List<MentalFollowUp> list, LocalDate from, LocalDate to) {
    for (int i = list.size() - 1; i >= 0; i--) {
      LocalDate d = list.get(i).visitDate();
      if (!d.isAfter(to)) {
        return !d.isBefore(from);
      }
    }
    return false;
  }

  /** TB courses are sorted by notification date, not by first visit: every course is looked at. */
  private static boolean anyTbVisit(List<TbCourse> list, LocalDate from, LocalDate to) {
    for (int i = 0; i < list.size(); i++) {
      Optional<LocalDate> visit = list.get(i).firstVisitDate();
      if (visit.isPresent() && !visit.get().isBefore(from) && !visit.get().isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "RecordUse[EHR-03]";
  }
}
