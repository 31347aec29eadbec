package org.gongwei.indicators.elderly;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.PopulationBase;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * The elderly health management rate OLD-01 (老年人健康管理率).
 *
 * <p>OLD-01 = residents aged 65 or over at the period end, in population at the period end, who
 * have a health record established on or before the period end <b>and</b> an elderly annual
 * check-up ({@link CheckupKind#ELDERLY_ANNUAL}) dated in the period whose form is complete
 * <b>and</b> with health guidance given ÷ residents aged 65 or over in population at the period
 * end (65岁及以上常住居民数, {@link PopulationBase#AGED_65_PLUS}; the report layer may replace it with
 * the estimate). A general check-up does not count. Age is in completed years at the period end
 * ({@link org.gongwei.core.period.Age}).
 *
 * <p>A shortfall names what is missing: no record, no elderly annual check-up in the period, or
 * the latest one in the period with an incomplete form and/or without guidance.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）(2017), 老年人健康管理服务规范, 工作指标
 * (老年人健康管理率 = 接受健康管理人数 / 年内辖区内65岁及以上常住居民数; 接受健康管理是指建立了健康档案、
 * 接受了健康体检、健康指导、健康体检表填写完整); indicators.md §6. Knobs read: none.
 */
public final class ElderlyHealthManagement implements PersonIndicator {
  private static final int OLD_01 = 0;
  private static final int ELDERLY_AGE = 65;
  private static final List<Measure> MEASURES =
      List.of(Measure.of("OLD-01", PopulationBase.AGED_65_PLUS));

  /** The calculator; it has no settings. */
  public ElderlyHealthManagement() {}

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!isInDenominator(subject)) {
      return;
    }
    boolean done = hasCompleteCheckup(subject);
    Resident r = subject.resident();
    boolean record = r.hasRecordOn(subject.end());
    if (record && done) {
      out.numerator(OLD_01);
      return;
    }
    ReportingPeriod period = subject.period();
    out.denominatorOnly(OLD_01, () -> shortfall(r, record, latestCheckup(subject, Completeness.ANY), done, period));
  }

  /**
   * Whether the resident is in the denominator of OLD-01: aged 65 or over at the period end and
   * in population at the period end.
   */
  public static boolean isInDenominator(Subject subject) {
    return subject.ageYearsAtEnd() >= ELDERLY_AGE && subject.isInPopulationAtEnd();
  }

  /**
   * Whether the resident had an elderly annual check-up dated in the period with a complete form
   * and health guidance given: the check-up part of OLD-01 (the other part is a health record
   * established by the period end).
   */
  public static boolean hasCompleteCheckup(Subject subject) {
    return latestCheckup(subject, Completeness.COMPLETE) != null;
  }

  /** Which elderly annual check-ups {@link #latestCheckup} looks for. */
  private enum Completeness {
    /** Any. */
    ANY,
    /** Only those with a complete form and health guidance given. */
    COMPLETE
  }

  /** The latest elderly annual check-up dated in the period, complete if asked, or null. */
  private static Checkup latestCheckup(Subject subject, Completeness completeness) {
    LocalDate start = subject.start();
    LocalDate end = subject.end();
    List<Checkup> checkups = subject.view().checkups();
    for (int i = checkups.size() - 1; i >= 0; i--) {
      Checkup c = checkups.get(i);
      LocalDate d = c.checkupDate();
      if (d.isAfter(end)) {
        continue;
      }
      if (d.isBefore(start)) {
        break;
      }
      if (c.kind() == CheckupKind.ELDERLY_ANNUAL
          && (completeness == Completeness.ANY || (c.formComplete() && c.guidanceGiven()))) {
        return c;
      }
    }
    return null;
  }

  private static String shortfall(
      Resident r, boolean record, Checkup latest, boolean checkupDone, ReportingPeriod period) {
    StringBuilder b = new StringBuilder();
    if (!record) {
      if (r.recordEstablishedDate().isPresent()) {
        b.append("health record established ")
            .append(r.recordEstablishedDate().get())
            .append(", after ")
            .append(period.end());
      } else {
        b.append("no health record");
      }
    }
    if (!checkupDone) {
      if (b.length() > 0) {
        b.append("; ");
      }
      if (latest == null) {
        b.append("no elderly annual check-up in ").append(period);
      } else {
        b.append("elderly annual check-up ").append(latest.checkupDate());
        if (!latest.formComplete() && !latest.guidanceGiven()) {
          b.append(" with an incomplete form and without health guidance");
        } else if (!latest.formComplete()) {
          b.append(" with an incomplete form");
        } else {
          b.append(" without health guidance");
        }
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "ElderlyHealthManagement[OLD-01]";
  }
}
