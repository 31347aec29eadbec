package org.gongwei.indicators.worklist;

import java.util.List;
import org.gongwei.core.code.Coded;

/**
 * A rule that makes a service due on a worklist date <i>D</i>, with its Chinese label; the code
 * is the constant's name.
 *
 * <p>Every rule is judged over a period that ends on <i>D</i> (the {@linkplain
 * DueService#period() service's period}): the <b>quarter so far</b> {@code [first day of D's
 * calendar quarter, D]}, the <b>year so far</b> {@code [1 January of D's year, D]}, or, for a
 * service tied to an event, {@code [1 January of the event's year, D]}. Each constant below says
 * when the service is listed, its {@linkplain DueService#dueDate() due date} (the last day on
 * which it is on time: later it is {@linkplain DueStatus#OVERDUE overdue}), the indicators it
 * serves, and what "doing" it is: the record that, dated <i>D</i>, puts the resident into the
 * numerator of those indicators for the service's period, unless the constant names another
 * requirement. No service is listed for a resident who died or whose record was closed on or
 * before <i>D</i>, nor for one born after it.
 */
public enum DueRule implements Coded {
  /**
   * 高血压患者随访, serves HTN-01: a resident under hypertension management on <i>D</i> (<i>D</i>
   * in the union of the management windows, {@code ChronicManagement.isInWindow}) when the
   * quarter so far has no face-to-face follow-up nor counted check-up in the window
   * ({@code faceToFaceFollowUps() + checkupsCountedAsFollowUps() == 0} over the quarter so far;
   * the national specification asks for one face-to-face follow-up per quarter), or when the
   * next-visit date of the latest hypertension follow-up on or before <i>D</i> is on or before
   * <i>D</i>. Due date: the earlier of that next-visit date and the quarter's last day. Done by: a
   * face-to-face follow-up. Period: the quarter so far. Then the follow-up part of standardized
   * management holds over that period under {@code followUpRequirement = PRORATED_QUARTERS} (one
   * required); HTN-01 over the quarter also needs a complete check-up in it when {@code
   * requireAnnualCheckup} is on, which the worklist asks for once a year ({@link
   * #CHRONIC_CHECKUP}). Under {@code FIXED(n)} the worklist still asks for one follow-up a quarter.
   */
  HYPERTENSION_FOLLOW_UP("高血压患者随访", "HTN-01"),
  /** 2型糖尿病患者随访, serves DM-01: as {@link #HYPERTENSION_FOLLOW_UP} for type 2 diabetes. */
  DIABETES_FOLLOW_UP("2型糖尿病患者随访", "DM-01"),
  /**
   * 慢病患者年度健康体检, serves HTN-01 and/or DM-01: with {@code requireAnnualCheckup} on, a
   * resident under hypertension or diabetes management on <i>D</i> with no check-up with a
   * complete form in the year so far ({@code ChronicManagement.hasCompleteCheckup()}). Due date:
   * 31 December. Done by: a health check-up with a complete form. Period: the year so far. Then
   * the check-up part of standardized management holds; HTN-01/DM-01 over the year so far also
   * need one follow-up per quarter of it, which the quarterly rules ask for quarter by quarter
   * (a quarter already missed cannot be made up by one visit on <i>D</i>). For a resident also
   * due for {@link #ELDERLY_CHECKUP} the two are one service, listed under that rule.
   */
  CHRONIC_CHECKUP("慢病患者年度健康体检", "HTN-01", "DM-01"),
  /**
   * 老年人年度健康体检, serves OLD-01 (and HTN-01/DM-01 when it stands for the {@link
   * #CHRONIC_CHECKUP} too): a resident short of OLD-01 over the year so far, that is in its
   * denominator (aged 65 or over and in population on <i>D</i>) without both an elderly annual
   * check-up with a complete form and health guidance in it and a health record established by
   * <i>D</i>. Due date: 31 December. Done by: such a check-up, and establishing the health record
   * when the resident has none (the reason says which is missing).
   */
  ELDERLY_CHECKUP("老年人年度健康体检", "OLD-01", "HTN-01", "DM-01"),
  /**
   * 老年人中医药健康管理, serves TCM-01: a resident in the TCM-01 denominator over the year so far
   * without an elderly TCM service in it. Due date: 31 December. Done by: an elderly TCM service.
   */
  ELDERLY_TCM("老年人中医药健康管理", "TCM-01"),
  /**
   * 新生儿家庭访视, serves CH-01: a child born at most {@code newbornVisitDays} days before <i>D</i>
   * without a newborn home visit within that many days of birth. Due date: birth + {@code
   * newbornVisitDays} (after it a visit no longer counts, and the service is no longer listed).
   * Done by: a newborn home visit. Period: from 1 January of the birth year.
   */
  NEWBORN_VISIT("新生儿家庭访视", "CH-01"),
  /**
   * 儿童健康检查, serves CH-03 and/or CH-02: a child in the CH-02 denominator over the year so far
   * (under 7 and in population on <i>D</i>) who reached more scheduled check-up ages in it (3, 6,
   * 8, 12, 18, 24, 30, 36 months as CH-03 counts them, then 4, 5 and 6 years) than child
   * check-ups were done in it; one service per outstanding age, the latest ages reached being
   * the outstanding ones (the indicator counts check-ups, not which age each was for). Due date:
   * the day before the next scheduled age (before the 7th birthday for 6 years). Serves CH-03
   * when the child is in its denominator over the year so far, CH-02 when the child has no child
   * visit in it. Done by: one child check-up per service.
   */
  CHILD_CHECKUP("儿童健康检查", "CH-03", "CH-02"),
  /**
   * 儿童中医药健康管理, serves TCM-02: a child in the TCM-02 denominator over the year so far who
   * reached more TCM ages (6, 12, …, 36 months) in it than child TCM services were done; one
   * service per outstanding age, the latest ages being outstanding. Due date: the day before the
   * age + 6 months. Done by: one child TCM service per service.
   */
  CHILD_TCM("儿童中医药健康管理", "TCM-02"),
  /**
   * 预防接种, serves IMM-02 and, while timely, IMM-03: a child in population on <i>D</i>, under 18
   * (the catch-up age of the 2021 programme, 补种), for each vaccine the first primary dose of the
   * schedule with no valid record by <i>D</i> ({@code VaccinationCoverage.hasValidDose}), once its
   * scheduled-age date is on or before <i>D</i>: one dose per vaccine at a time, the next once the
   * previous is done. Due date: the day before the completion-age date. Done by: the dose. Period:
   * from 1 January of the year of the scheduled-age date; the dose then counts in {@code
   * IMM-02(v,d)} over it. IMM-03 is listed when <i>D</i> is before the completion-age date: the
   * dose is then timely and counts in {@code IMM-03(v,d)} over any period that contains the
   * completion-age date (not the service's period, which ends before it).
   */
  VACCINATION("预防接种", "IMM-02", "IMM-03"),
  /**
   * 产后访视, serves MAT-02: a delivered pregnancy whose discharge (or delivery) date is at most
   * {@code postpartumVisitDays} days before <i>D</i>, without a postpartum visit in that window.
   * Due date: discharge + {@code postpartumVisitDays}. Done by: a postpartum visit. Period: from 1
   * January of the delivery year; the delivery then meets MAT-02's criterion. MAT-02 counts one
   * mother against the live births, so the mother of twins stays short of the numerator; after a
   * stillbirth the visit is listed without MAT-02.
   */
  POSTPARTUM_VISIT("产后访视", "MAT-02"),
  /**
   * 严重精神障碍患者随访, serves SMD-01 and SMD-03: a registered patient on <i>D</i> ({@code
   * SevereMentalRegistration.isRegistered()} over the quarter so far) with no reached follow-up
   * in the quarter so far. Due date: the quarter's last day. Done by: a follow-up that reaches the
   * patient. Period: the quarter so far (SMD-01 needs one under {@code PRORATED_QUARTERS}).
   */
  MENTAL_FOLLOW_UP("严重精神障碍患者随访", "SMD-01", "SMD-03"),
  /**
   * 肺结核患者首次入户随访, serves TB-01: a TB course notified on or before <i>D</i> with no first
   * home visit recorded, treatment not ended before <i>D</i> and no outcome other than {@code
   * ONGOING}. Due date: notification + {@code firstVisitHours} ÷ 24 days, or + 3 days (the 72
   * hours of the national specification) when the knob is unset. TB-01 is listed while a visit on
   * <i>D</i> still counts ({@code TuberculosisManagement.isInTime}). Done by: recording the first
   * home visit on the course. Period: from 1 January of the notification year.
   */
  TB_FIRST_VISIT("肺结核患者首次入户随访", "TB-01");

  private final String label;
  private final List<String> indicatorIds;

  DueRule(String label, String... indicatorIds) {
    this.label = label;
    this.indicatorIds = List.of(indicatorIds);
  }

  /** The code, which is the constant's name (for example {@code VACCINATION}). */
  @Override
  public String code() {
    return name();
  }

  /** The Chinese label, for example {@code 预防接种}. */
  @Override
  public String label() {
    return label;
  }

  /**
   * The indicators a service of this rule may serve; a given service serves those of them its
   * {@link DueService#indicatorIds()} lists.
   */
  public List<String> indicatorIds() {
    return indicatorIds;
  }

  /** The rule for {@code code}; see {@link Coded#fromCode}. */
  public static DueRule fromCode(String code) {
    return Coded.fromCode(DueRule.class, code);
  }
}
