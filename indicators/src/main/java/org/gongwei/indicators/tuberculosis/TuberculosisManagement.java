package org.gongwei.indicators.tuberculosis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.tb.TbCourse;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Reason;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * Pulmonary tuberculosis patient health management (肺结核患者健康管理), indicators.md §9, after
 * 国家基本公共卫生服务规范（第三版） (2017), 肺结核患者健康管理服务规范. Both measures count TB courses
 * (a resident notified twice in the period adds two), in the resident's cell.
 *
 * <ul>
 *   <li><b>TB-01</b> 肺结核患者管理率: courses notified in the period with a first home visit
 *       recorded / courses notified in the period. Knob {@code firstVisitHours}: when set, the
 *       visit must also be within that many hours of the notification. Only dates are recorded,
 *       so "within h hours" is {@code (first_visit_date − notified_date) in days × 24 ≤ h}: with
 *       72 hours a visit 3 days after the notification counts and one 4 days after does not. A
 *       visit dated before the notification counts (a validation matter).
 *   <li><b>TB-02</b> 肺结核患者规则服药率: courses of the denominator with {@code doses_taken /
 *       doses_scheduled ≥ 0.90} (computed exactly: {@code 10 × taken ≥ 9 × scheduled}) / courses
 *       whose treatment ended in the period with outcome {@code COMPLETED} or {@code CURED}. A
 *       course with the doses not recorded, or with 0 doses scheduled, is not in the numerator.
 * </ul>
 */
public final class TuberculosisManagement implements PersonIndicator {
  private static final int TB_01 = 0;
  private static final int TB_02 = 1;

  private static final List<Measure> MEASURES = List.of(Measure.of("TB-01"), Measure.of("TB-02"));

  /** The indicator. */
  public TuberculosisManagement() {}

  /** TB-01 and TB-02. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    List<TbCourse> courses = subject.view().tbCourses();
    if (courses.isEmpty()) {
      return;
    }
    LocalDate ps = subject.start();
    LocalDate pe = subject.end();
    OptionalInt hours = subject.rulebook().firstVisitHours();
    int notified = 0;
    int visited = 0;
    TbCourse notVisited = null;
    int ended = 0;
    int regular = 0;
    TbCourse irregular = null;
    for (int i = 0; i < courses.size(); i++) {
      TbCourse c = courses.get(i);
      LocalDate n = c.notifiedDate();
      if (!n.isBefore(ps) && !n.isAfter(pe)) {
        notified++;
        if (isVisited(c, hours)) {
          visited++;
        } else if (notVisited == null) {
          notVisited = c;
        }
      }
      LocalDate e = c.treatmentEndDate().orElse(null);
      TbOutcome outcome = c.outcome().orElse(null);
      if (e != null && !e.isBefore(ps) && !e.isAfter(pe)
          && (outcome == TbOutcome.COMPLETED || outcome == TbOutcome.CURED)) {
        ended++;
        if (isRegular(c)) {
          regular++;
        } else if (irregular == null) {
          irregular = c;
        }
      }
    }
    if (notified > 0) {
      TbCourse c = notVisited;
      out.add(TB_01, visited, notified, c == null ? Reason.COUNTED : () -> firstVisitText(c, hours));
    }
    if (ended > 0) {
      TbCourse c = irregular;
      out.add(TB_02, regular, ended, c == null ? Reason.COUNTED : () -> dosesText(c));
    }
  }

  private static boolean isVisited(TbCourse c, OptionalInt hours) {
    return c.firstVisitDate().isPresent() && isInTime(c.notifiedDate(), c.firstVisitDate().get(), hours);
  }

  /**
   * Whether a first home visit on {@code visit} counts for TB-01 for a course notified on {@code
   * notified}: always when {@code firstVisitHours} is unset; otherwise when {@code (visit −
   * notified) in days × 24 ≤ firstVisitHours} (a visit dated before the notification counts).
   */
  public static boolean isInTime(LocalDate notified, LocalDate visit, OptionalInt firstVisitHours) {
    Objects.requireNonNull(notified, "notified");
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(firstVisitHours, "firstVisitHours");
    if (firstVisitHours.isEmpty()) {
      return true;
    }
    long days = ChronoUnit.DAYS.between(notified, visit);
    return days * 24 <= firstVisitHours.getAsInt();
  }

  private static boolean isRegular(TbCourse c) {
    if (c.dosesScheduled().isEmpty() || c.dosesTaken().isEmpty() || c.dosesScheduled().getAsInt() == 0) {
      return false;
    }
    return 10L * c.dosesTaken().getAsInt() >= 9L * c.dosesScheduled().getAsInt();
  }

  private static String firstVisitText(TbCourse c, OptionalInt hours) {
    if (c.firstVisitDate().isEmpty()) {
      return "course " + c.courseId() + " notified " + c.notifiedDate() + ": no first home visit recorded";
    }
    long days = ChronoUnit.DAYS.between(c.notifiedDate(), c.firstVisitDate().get());
    return "course " + c.courseId() + " notified " + c.notifiedDate() + ": first home visit "
        + c.firstVisitDate().get() + ", " + days * 24 + " hours later, limit " + hours.getAsInt();
  }

  private static String dosesText(TbCourse c) {
    if (c.dosesScheduled().isEmpty() || c.dosesTaken().isEmpty()) {
      return "course " + c.courseId() + ": doses not recorded";
    }
    return "course " + c.courseId() + ": " + c.dosesTaken().getAsInt() + " of " + c.dosesScheduled().getAsInt()
        + " doses taken, 90% required";
  }

  @Override
  public String toString() {
    return "TuberculosisManagement[TB-01, TB-02]";
  }
}
