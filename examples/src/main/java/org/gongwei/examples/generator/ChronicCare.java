package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.MentalHealthMedication;
import org.gongwei.core.code.MentalHealthStatus;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.TbOutcome;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.mental.MentalFollowUp;
import org.gongwei.core.tb.TbCourse;

/**
 * Disease management (专案管理): hypertension and type 2 diabetes with quarterly follow-ups and
 * check-ups, severe mental disorders with their follow-ups, tuberculosis courses and COPD.
 *
 * <p>Of residents aged 35 and over, about 25 % have hypertension (from 4 % at 35 to over 50 % at
 * 85) and about 10 % type 2 diabetes; 80 % of those with a health record are registered (half as
 * many of those living away), most in earlier years and 10 % during the year. A patient keeps one
 * quarterly plan of visits for both conditions, each quarter kept with a chance of 96 % (diligent
 * patients, 70 %) or 72 %; 10 % of visits are by phone. About 72 % of hypertensive and 68 % of
 * diabetic patients are controlled, which with the reading scatter gives control rates of 60–75 %.
 */
final class ChronicCare {
  private static final Icd10Code[] HYPERTENSION_CODES =
      codes("I10", "I10.x00", "I10.x00x002", "I11.900", "I12.900", "I13.000");
  private static final double[] HYPERTENSION_WEIGHTS = Draw.cumulative(60, 15, 15, 5, 3, 2);
  private static final Icd10Code[] DIABETES_CODES = codes("E11", "E11.900", "E11.9", "E11.200");
  private static final double[] DIABETES_WEIGHTS = Draw.cumulative(45, 30, 15, 10);
  private static final Icd10Code[] MENTAL_CODES =
      codes("F20.000", "F20.900", "F31.900", "F25.900", "F22.000", "F06.900", "F71.100");
  private static final double[] MENTAL_WEIGHTS = Draw.cumulative(30, 25, 12, 5, 6, 10, 12);
  private static final Icd10Code[] TB_CODES = codes("A15.000", "A16.200");
  private static final Icd10Code[] COPD_CODES = codes("J44.900", "J44.9", "J44.100");
  private static final double[] ADHERENCE = Draw.cumulative(75, 20, 5);
  private static final double[] MENTAL_STATUS = Draw.cumulative(76, 17, 7);
  private static final double[] MENTAL_MEDICATION = Draw.cumulative(65, 22, 13);
  private static final double[] RISK = Draw.cumulative(80, 12, 5, 2, 0.7, 0.3);
  private static final double[] TB_OUTCOMES = Draw.cumulative(55, 37, 3, 2, 3);

  private ChronicCare() {}

  private static Icd10Code[] codes(String... texts) {
    Icd10Code[] c = new Icd10Code[texts.length];
    for (int i = 0; i < texts.length; i++) {
      c[i] = Icd10Code.parse(texts[i]);
    }
    return c;
  }

  /** Hypertension prevalence at this age: 4 % at 35, rising by 1.05 points a year, at most 60 %. */
  static double hypertensionPrevalence(int age) {
    return age < 35 ? 0 : Math.min(0.6, 0.04 + 0.0105 * (age - 35));
  }

  /**
   * Type 2 diabetes prevalence at this age: 3 % at 35, rising by 0.33 points a year, at most 25 %.
   */
  static double diabetesPrevalence(int age) {
    return age < 35 ? 0 : Math.min(0.25, 0.03 + 0.0033 * (age - 35));
  }

  static void generate(Person p) {
    SplittableRandom r = p.r;
    boolean hypertensive = Draw.chance(r, hypertensionPrevalence(p.age));
    boolean diabetic = Draw.chance(r, diabetesPrevalence(p.age));
    if (hypertensive) {
      boolean elderly = p.age >= 65;
      p.bpControlled = Draw.chance(r, 0.72);
      p.sbpMean =
          p.bpControlled
              ? (elderly ? uniform(r, 126, 140) : uniform(r, 116, 132))
              : (elderly ? uniform(r, 152, 168) : uniform(r, 142, 160));
    }
    if (diabetic) {
      p.glucoseControlled = Draw.chance(r, 0.74);
      p.glucoseMean = p.glucoseControlled ? uniform(r, 5.2, 6.5) : uniform(r, 7.6, 10.5);
    }
    double registers = 0.8 * (p.permanent ? 1 : 0.5);
    LocalDate htnEnrolled =
        hypertensive && p.recordDate != null && Draw.chance(r, registers)
            ? enrolment(p, 0.1)
            : null;
    LocalDate dmEnrolled =
        diabetic && p.recordDate != null && Draw.chance(r, registers) ? enrolment(p, 0.1) : null;
    if (htnEnrolled != null || dmEnrolled != null) {
      manage(p, htnEnrolled, dmEnrolled);
    } else if (p.age >= 18
        && p.age < 65
        && p.recordDate != null
        && Draw.chance(r, 0.03 * p.presence())) {
      LocalDate date = Checkups.date(p, Draw.max(p.run.start, p.recordDate), p.lastServiceDay());
      if (date != null) {
        Checkups.emit(p, CheckupKind.GENERAL, date);
      }
    }
    mentalDisorder(p);
    tuberculosis(p);
    copd(p);
  }

  private static double uniform(SplittableRandom r, double low, double high) {
    return low + (high - low) * r.nextDouble();
  }

  /**
   * An enrolment date: during the year with chance {@code inYear} (or when the record is new),
   * otherwise between the later of the programme start, the record and the 35th birthday and the
   * end of the previous year; null when no such day is left.
   */
  private static LocalDate enrolment(Person p, double inYear) {
    Run run = p.run;
    SplittableRandom r = p.r;
    if (!Draw.chance(r, inYear) && !run.inYear(p.recordDate)) {
      LocalDate from = Draw.max(Draw.max(Run.PROGRAMME_START, p.recordDate), p.birth.plusYears(35));
      LocalDate to = run.start.minusDays(1);
      if (!from.isAfter(to)) {
        return Draw.date(r, from, to);
      }
    }
    LocalDate from = Draw.max(run.start, p.recordDate);
    LocalDate to = p.lastServiceDay();
    return from.isAfter(to) ? null : Draw.date(r, from, to);
  }

  /**
   * Registrations, the quarterly follow-ups of both conditions and, under 65, the annual check-up.
   */
  private static void manage(Person p, LocalDate htnEnrolled, LocalDate dmEnrolled) {
    Run run = p.run;
    SplittableRandom r = p.r;
    LocalDate last = p.lastServiceDay();
    LocalDate earliest =
        htnEnrolled == null
            ? dmEnrolled
            : dmEnrolled == null ? htnEnrolled : Draw.min(htnEnrolled, dmEnrolled);
    LocalDate windowStart = Draw.max(run.start, earliest);
    double diligence = Draw.chance(r, 0.7) ? 0.96 : 0.72;
    LocalDate[] plan = new LocalDate[4];
    FollowUpMethod[] methods = new FollowUpMethod[4];
    for (int q = 0; q < 4; q++) {
      LocalDate qs = LocalDate.of(run.year, 3 * q + 1, 1);
      LocalDate from = Draw.max(qs, windowStart);
      LocalDate to = Draw.min(qs.plusMonths(3).minusDays(1), last);
      if (!from.isAfter(to) && Draw.chance(r, diligence)) {
        plan[q] = Draw.date(r, from, to);
        methods[q] = method(r);
      }
    }
    if (htnEnrolled != null) {
      p.hypertension = true;
      register(
          p,
          Condition.HYPERTENSION,
          pick(r, HYPERTENSION_CODES, HYPERTENSION_WEIGHTS),
          htnEnrolled,
          25);
      followUps(p, Condition.HYPERTENSION, htnEnrolled, plan, methods);
    }
    if (dmEnrolled != null) {
      p.diabetes = true;
      register(
          p, Condition.TYPE2_DIABETES, pick(r, DIABETES_CODES, DIABETES_WEIGHTS), dmEnrolled, 25);
      followUps(p, Condition.TYPE2_DIABETES, dmEnrolled, plan, methods);
    }
    if (p.age < 65 && Draw.chance(r, 0.82 * p.presence())) {
      LocalDate date = Checkups.date(p, windowStart, last);
      if (date != null) {
        Checkups.emit(p, CheckupKind.GENERAL, date);
      }
    }
    Faults f = p.faults;
    if (f.followUpAfterDeath && p.deathDate != null) {
      f.followUpAfterDeath = false;
      LocalDate date = p.deathDate.plusDays(Draw.between(f.random, 3, 30));
      Condition c = p.hypertension ? Condition.HYPERTENSION : Condition.TYPE2_DIABETES;
      p.emit(
          followUp(
              p,
              f.random,
              p.nextFaultId('F'),
              c,
              date,
              FollowUpMethod.HOME,
              MedicationAdherence.REGULAR,
              false));
    }
  }

  private static Icd10Code pick(SplittableRandom r, Icd10Code[] codes, double[] weights) {
    return codes[Draw.pick(r, weights)];
  }

  private static FollowUpMethod method(SplittableRandom r) {
    double u = r.nextDouble();
    return u < 0.10 ? FollowUpMethod.PHONE : u < 0.24 ? FollowUpMethod.HOME : FollowUpMethod.CLINIC;
  }

  /**
   * Emits a registration, ended on death or on moving away; the diagnosis up to 4 years before
   * enrolment.
   */
  private static void register(
      Person p, Condition condition, Icd10Code code, LocalDate enrolled, int minimumAge) {
    SplittableRandom r = p.r;
    Registration.Builder b =
        Registration.builder()
            .registrationId(p.nextId('G'))
            .residentId(p.residentId)
            .condition(condition)
            .icd10(code)
            .enrolledDate(enrolled)
            .institutionCode(
                Draw.chance(r, 0.8)
                    ? p.place.village().clinic.code()
                    : p.place.township().centre.code());
    if (Draw.chance(r, 0.85)) {
      LocalDate diagnosed = enrolled.minusDays(Draw.between(r, 0, 1500));
      b.diagnosedDate(Draw.max(diagnosed, Draw.min(enrolled, p.birth.plusYears(minimumAge))));
    }
    LocalDate exit = p.exitDate();
    if (exit != null && exit.isAfter(enrolled)) {
      b.endedDate(exit).endedReason(p.deathDate != null && p.deathDate.equals(exit) ? "死亡" : "迁出");
    }
    p.emit(b.build());
  }

  /**
   * The follow-ups of one condition: a first visit on an enrolment date within the year, then the
   * planned quarterly visits after it; after an unsatisfactory visit, a second visit two weeks
   * later in one case of four.
   */
  private static void followUps(
      Person p,
      Condition condition,
      LocalDate enrolled,
      LocalDate[] plan,
      FollowUpMethod[] methods) {
    Run run = p.run;
    SplittableRandom r = p.r;
    LocalDate last = p.lastServiceDay();
    MedicationAdherence adherence = MedicationAdherence.values()[Draw.pick(r, ADHERENCE)];
    List<LocalDate> dates = new ArrayList<>(5);
    List<FollowUpMethod> how = new ArrayList<>(5);
    int enrolledQuarter = -1;
    if (run.inYear(enrolled)) {
      dates.add(enrolled);
      how.add(FollowUpMethod.CLINIC);
      enrolledQuarter = (enrolled.getMonthValue() - 1) / 3;
    }
    for (int q = enrolledQuarter + 1; q < 4; q++) {
      if (plan[q] != null && !plan[q].isBefore(enrolled)) {
        dates.add(plan[q]);
        how.add(methods[q]);
      }
    }
    boolean previousUnsatisfactory = false;
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = dates.get(i);
      FollowUp f =
          followUp(
              p, r, p.nextId('F'), condition, date, how.get(i), adherence, previousUnsatisfactory);
      p.emit(f);
      previousUnsatisfactory =
          f.classification().orElseThrow() == FollowUpClassification.UNSATISFACTORY;
      if (previousUnsatisfactory && Draw.chance(r, 0.25)) {
        LocalDate again = date.plusDays(Draw.between(r, 12, 16));
        if (!again.isAfter(last) && (i + 1 == dates.size() || again.isBefore(dates.get(i + 1)))) {
          FollowUpMethod m = Draw.chance(r, 0.5) ? FollowUpMethod.PHONE : FollowUpMethod.CLINIC;
          FollowUp second = followUp(p, r, p.nextId('F'), condition, again, m, adherence, true);
          p.emit(second);
          previousUnsatisfactory =
              second.classification().orElseThrow() == FollowUpClassification.UNSATISFACTORY;
        }
      }
    }
  }

  /**
   * One follow-up: blood pressure at every face-to-face visit (a quarter of phone visits report a
   * home reading), fasting glucose at most face-to-face diabetes visits, HbA1c at some; the
   * classification follows the readings (targets 140/90, 150/90 from 65, glucose 7.0), with 2 %
   * adverse reactions and 3 % complications; the next visit in 3 months, or 2 weeks when
   * unsatisfactory.
   */
  private static FollowUp followUp(
      Person p,
      SplittableRandom r,
      String id,
      Condition condition,
      LocalDate date,
      FollowUpMethod method,
      MedicationAdherence usual,
      boolean previousUnsatisfactory) {
    boolean elderly = p.isElderlyOn(date);
    boolean faceToFace = method.isFaceToFace();
    FollowUp.Builder b =
        FollowUp.builder()
            .followUpId(id)
            .residentId(p.residentId)
            .condition(condition)
            .visitDate(date)
            .method(method);
    int[] bp = null;
    if (faceToFace || Draw.chance(r, 0.25)) {
      bp = Physiology.bloodPressure(p, r, elderly);
      if (condition == Condition.HYPERTENSION && p.faults.bloodPressure320) {
        p.faults.bloodPressure320 = false;
        b.sbp(320).dbp(50); // the classification below still follows the true reading
      } else {
        b.sbp(bp[0]).dbp(bp[1]);
      }
    }
    double glucose = Double.NaN;
    if (condition == Condition.TYPE2_DIABETES && Draw.chance(r, faceToFace ? 0.92 : 0.15)) {
      glucose = Physiology.glucose(p, r);
      if (p.faults.glucoseInMgDl) {
        p.faults.glucoseInMgDl = false;
        b.fastingGlucose(Math.round(glucose * 18.0));
      } else {
        b.fastingGlucose(glucose);
      }
      if (Draw.chance(r, 0.15)) {
        b.hba1c(Physiology.hba1c(r, glucose));
      }
    }
    boolean controlled;
    if (condition == Condition.HYPERTENSION) {
      controlled = bp == null ? Draw.chance(r, 0.75) : bp[0] < (elderly ? 150 : 140) && bp[1] < 90;
    } else {
      controlled = Double.isNaN(glucose) ? Draw.chance(r, 0.7) : glucose < 7.0;
    }
    FollowUpClassification c =
        controlled ? FollowUpClassification.SATISFACTORY : FollowUpClassification.UNSATISFACTORY;
    double u = r.nextDouble();
    if (u < 0.02) {
      c = FollowUpClassification.ADVERSE_REACTION;
    } else if (u < 0.05) {
      c = FollowUpClassification.COMPLICATION;
    }
    boolean referral =
        c == FollowUpClassification.COMPLICATION
            ? Draw.chance(r, 0.4)
            : Draw.chance(
                r,
                c == FollowUpClassification.UNSATISFACTORY && previousUnsatisfactory
                    ? 0.15
                    : 0.005);
    MedicationAdherence adherence =
        Draw.chance(r, 0.9) ? usual : MedicationAdherence.values()[Draw.pick(r, ADHERENCE)];
    boolean atCentre = Draw.chance(r, 0.2);
    return b.classification(c)
        .adherence(adherence)
        .adverseReaction(c == FollowUpClassification.ADVERSE_REACTION)
        .referral(referral)
        .nextVisitDate(
            c == FollowUpClassification.UNSATISFACTORY ? date.plusDays(14) : date.plusMonths(3))
        .doctorId(atCentre ? Draw.pick(r, p.place.township().doctors) : p.doctorId)
        .institutionCode(
            atCentre ? p.place.township().centre.code() : p.place.village().clinic.code())
        .build();
  }

  /**
   * Severe mental disorders (about 4.5 per 1,000): schizophrenia mostly, registered in earlier
   * years, followed up quarterly (93 % of quarters, 6 % of visits not reached), a second visit two
   * weeks after an unstable one in half the cases.
   */
  private static void mentalDisorder(Person p) {
    SplittableRandom r = p.r;
    if (p.age < 15 || p.recordDate == null || !Draw.chance(r, 0.007 * p.presence())) {
      return;
    }
    Run run = p.run;
    LocalDate enrolled;
    LocalDate from = Draw.max(Draw.max(Run.PROGRAMME_START, p.recordDate), p.birth.plusYears(15));
    if (Draw.chance(r, 0.92) && from.isBefore(run.start)) {
      enrolled = Draw.date(r, from, run.start.minusDays(1));
    } else {
      LocalDate inYear = Draw.max(run.start, from);
      if (inYear.isAfter(p.lastServiceDay())) {
        return;
      }
      enrolled = Draw.date(r, inYear, p.lastServiceDay());
    }
    register(
        p, Condition.SEVERE_MENTAL_DISORDER, pick(r, MENTAL_CODES, MENTAL_WEIGHTS), enrolled, 15);
    p.mentalDisorder = p.exitDate() == null;
    MentalHealthMedication usual = MentalHealthMedication.values()[Draw.pick(r, MENTAL_MEDICATION)];
    LocalDate windowStart = Draw.max(run.start, enrolled);
    LocalDate last = p.lastServiceDay();
    for (int q = 0; q < 4; q++) {
      LocalDate qs = LocalDate.of(run.year, 3 * q + 1, 1);
      LocalDate qFrom = Draw.max(qs, windowStart);
      LocalDate qTo = Draw.min(qs.plusMonths(3).minusDays(1), last);
      if (qFrom.isAfter(qTo) || !Draw.chance(r, 0.93)) {
        continue;
      }
      LocalDate date = Draw.date(r, qFrom, qTo);
      MentalHealthStatus status = mentalFollowUp(p, date, usual);
      if (status == MentalHealthStatus.UNSTABLE && Draw.chance(r, 0.5)) {
        LocalDate again = date.plusDays(14);
        if (!again.isAfter(last)) {
          mentalFollowUp(p, again, usual);
        }
      }
    }
  }

  private static MentalHealthStatus mentalFollowUp(
      Person p, LocalDate date, MentalHealthMedication usual) {
    SplittableRandom r = p.r;
    MentalFollowUp.Builder b =
        MentalFollowUp.builder().followUpId(p.nextId('M')).residentId(p.residentId).visitDate(date);
    MentalHealthStatus status;
    if (Draw.chance(r, 0.06)) {
      status = MentalHealthStatus.NOT_REACHED;
      b.method(Draw.chance(r, 0.5) ? FollowUpMethod.HOME : FollowUpMethod.PHONE);
    } else {
      status = MentalHealthStatus.values()[Draw.pick(r, MENTAL_STATUS)];
      double u = r.nextDouble();
      b.method(
              u < 0.5
                  ? FollowUpMethod.HOME
                  : u < 0.85 ? FollowUpMethod.CLINIC : FollowUpMethod.PHONE)
          .riskLevel(
              status == MentalHealthStatus.UNSTABLE
                  ? Math.max(1, Draw.pick(r, RISK))
                  : Draw.pick(r, RISK))
          .medication(
              Draw.chance(r, 0.9)
                  ? usual
                  : MentalHealthMedication.values()[Draw.pick(r, MENTAL_MEDICATION)]);
    }
    p.emit(b.status(status).build());
    return status;
  }

  /**
   * Pulmonary tuberculosis, about 50 notifications per 100,000 a year (more men, few children),
   * plus courses notified in the second half of the previous year that end in this one.
   */
  private static void tuberculosis(Person p) {
    SplittableRandom r = p.r;
    Run run = p.run;
    double rate = 0.0005 * (p.age >= 15 ? (p.male ? 1.4 : 0.6) : 0.15) * (p.permanent ? 1 : 0.6);
    if (Draw.chance(r, rate) && !p.firstServiceDay().isAfter(p.lastServiceDay())) {
      tbCourse(p, Draw.date(r, p.firstServiceDay(), p.lastServiceDay()));
    }
    if (Draw.chance(r, rate / 2) && p.birth.isBefore(LocalDate.of(run.year - 1, 7, 1))) {
      tbCourse(p, Draw.date(r, LocalDate.of(run.year - 1, 7, 1), run.start.minusDays(1)));
    }
  }

  /**
   * A 6-month course (180 daily doses): treatment started up to a week before notification, the
   * first home visit within 3 days in 93 %, outcomes mostly cured or completed, regular dosing (≥
   * 90 % of doses) in 90 % of finished courses.
   */
  private static void tbCourse(Person p, LocalDate notified) {
    SplittableRandom r = p.r;
    Run run = p.run;
    LocalDate start = Draw.max(p.birth, notified.minusDays(Draw.between(r, 0, 7)));
    TbCourse.Builder b =
        TbCourse.builder()
            .courseId(p.nextId('T'))
            .residentId(p.residentId)
            .notifiedDate(notified)
            .treatmentStartDate(start)
            .dosesScheduled(180);
    double u = r.nextDouble();
    LocalDate firstVisit =
        u < 0.93
            ? notified.plusDays(Draw.between(r, 0, 3))
            : u < 0.97 ? notified.plusDays(Draw.between(r, 4, 14)) : null;
    if (firstVisit != null && !firstVisit.isAfter(p.lastServiceDay())) {
      b.firstVisitDate(firstVisit);
    }
    LocalDate planned = start.plusMonths(6).minusDays(1);
    LocalDate exit = p.exitDate();
    LocalDate end;
    TbOutcome outcome;
    if (exit != null && !exit.isAfter(planned)) {
      end = exit;
      outcome =
          p.closedReason == RecordClosureReason.MOVED_OUT && p.deathDate == null
              ? TbOutcome.TRANSFERRED
              : TbOutcome.DIED;
    } else if (!planned.isAfter(run.end)) {
      outcome =
          new TbOutcome[] {
                TbOutcome.CURED,
                TbOutcome.COMPLETED,
                TbOutcome.LOST,
                TbOutcome.FAILED,
                TbOutcome.TRANSFERRED
              }
              [Draw.pick(r, TB_OUTCOMES)];
      end =
          outcome == TbOutcome.LOST || outcome == TbOutcome.TRANSFERRED
              ? start.plusDays(Draw.between(r, 40, 160))
              : planned;
    } else {
      outcome = TbOutcome.ONGOING;
      end = null;
    }
    int taken;
    if (outcome == TbOutcome.CURED || outcome == TbOutcome.COMPLETED) {
      taken = Draw.chance(r, 0.9) ? Draw.between(r, 162, 180) : Draw.between(r, 120, 161);
    } else {
      LocalDate until = end == null ? run.end : end;
      long elapsed = Math.max(0, until.toEpochDay() - start.toEpochDay() + 1);
      taken =
          (int)
              Math.min(
                  180,
                  Math.round(elapsed * uniform(r, outcome == TbOutcome.ONGOING ? 0.85 : 0.5, 1.0)));
    }
    b.outcome(outcome).dosesTaken(taken);
    if (end != null) {
      b.treatmentEndDate(end);
    }
    p.emit(b.build());
    Registration.Builder g =
        Registration.builder()
            .registrationId(p.nextId('G'))
            .residentId(p.residentId)
            .condition(Condition.TUBERCULOSIS)
            .icd10(TB_CODES[r.nextInt(TB_CODES.length)])
            .diagnosedDate(start)
            .enrolledDate(notified)
            .institutionCode(p.place.township().centre.code());
    if (end != null) {
      g.endedDate(end).endedReason(outcome.label());
    }
    p.emit(g.build());
    p.tuberculosis |= !start.isAfter(run.end) && (end == null || !end.isBefore(run.start));
  }

  /**
   * COPD registrations, occasionally (0.4 % of those aged 40 and over with a record), without
   * follow-ups.
   */
  private static void copd(Person p) {
    SplittableRandom r = p.r;
    if (p.age < 40 || p.recordDate == null || !Draw.chance(r, 0.004 * p.presence())) {
      return;
    }
    LocalDate enrolled = enrolment(p, 0.1);
    if (enrolled != null) {
      register(p, Condition.COPD, COPD_CODES[r.nextInt(COPD_CODES.length)], enrolled, 40);
    }
  }
}
