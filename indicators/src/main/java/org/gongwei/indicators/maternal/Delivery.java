package org.gongwei.indicators.maternal;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;

/**
 * The facts of one pregnancy delivered in the period that the maternal indicators judge, computed
 * once per mother and independent of the rulebook (see the package documentation for the rules).
 */
final class Delivery {
  /** {@link #firstPrenatalWeeks} when there is no prenatal exam on or before the delivery. */
  static final int NO_PRENATAL_EXAM = -1;
  /** {@link #firstPrenatalWeeks} when the gestational age at the first prenatal exam is unknown. */
  static final int UNKNOWN_WEEKS = -2;

  final Pregnancy pregnancy;
  final LocalDate deliveryDate;
  /** The discharge date, or the delivery date when no discharge date is recorded. */
  final LocalDate postpartumFrom;
  /** Live births: the recorded number, 1 when none is recorded. */
  final int liveBirths;
  final boolean registered;
  /** Completed weeks at the first prenatal exam, or {@link #NO_PRENATAL_EXAM} / {@link #UNKNOWN_WEEKS}. */
  final int firstPrenatalWeeks;
  /** The date of the first prenatal exam, null when there is none. */
  final LocalDate firstPrenatalDate;
  /** Prenatal exams on or before the delivery date. */
  final int prenatalExams;
  /** Days from {@link #postpartumFrom} to the first postpartum visit on or after it; -1 when none. */
  final long firstPostpartumDay;
  /** Whether a 42-day check is recorded on or after the delivery date. */
  final boolean has42DayCheck;

  private Delivery(Pregnancy p, List<MaternalVisit> visits) {
    this.pregnancy = p;
    this.deliveryDate = p.deliveryDate().orElseThrow();
    this.postpartumFrom = p.dischargeOrDeliveryDate().orElseThrow();
    this.liveBirths = LiveBirths.of(p);
    this.registered = p.registrationDate().isPresent();
    long delivery = deliveryDate.toEpochDay();
    long from = postpartumFrom.toEpochDay();
    long lmp = p.lmpDate().isPresent() ? p.lmpDate().get().toEpochDay() : Long.MAX_VALUE;
    int weeks = NO_PRENATAL_EXAM;
    LocalDate firstDate = null;
    int exams = 0;
    long postpartumDay = -1;
    boolean check42 = false;
    String id = p.pregnancyId();
    for (int i = 0; i < visits.size(); i++) {
      MaternalVisit v = visits.get(i);
      if (!v.pregnancyId().equals(id)) {
        continue;
      }
      long day = v.visitDate().toEpochDay();
      MaternalVisitKind kind = v.kind();
      if (kind == MaternalVisitKind.PRENATAL) {
        if (day <= delivery) {
          if (exams == 0) {
            firstDate = v.visitDate();
            weeks = gestationalWeeks(lmp, day, v);
          }
          exams++;
        }
      } else if (kind == MaternalVisitKind.POSTPARTUM) {
        if (postpartumDay < 0 && day >= from) {
          postpartumDay = day - from;
        }
      } else if (day >= delivery) {
        check42 = true;
      }
    }
    this.firstPrenatalWeeks = weeks;
    this.firstPrenatalDate = firstDate;
    this.prenatalExams = exams;
    this.firstPostpartumDay = postpartumDay;
    this.has42DayCheck = check42;
  }

  /** The delivery of {@code p}, judged on the visits of its mother (any order, other pregnancies ignored). */
  static Delivery of(Pregnancy p, List<MaternalVisit> visitsOfMother) {
    return new Delivery(p, visitsOfMother);
  }

  /**
   * Completed weeks at the visit: from the LMP date when known and not after the visit, else the
   * recorded gestational weeks, else {@link #UNKNOWN_WEEKS}.
   */
  private static int gestationalWeeks(long lmpDay, long visitDay, MaternalVisit v) {
    if (lmpDay <= visitDay) {
      return (int) ((visitDay - lmpDay) / 7);
    }
    return v.gestationalWeeks().isPresent() ? v.gestationalWeeks().getAsInt() : UNKNOWN_WEEKS;
  }

  /** Registered and first prenatal exam before {@code weeks} completed weeks (MAT-01). */
  boolean isRegisteredEarly(int weeks) {
    return registered && firstPrenatalWeeks >= 0 && firstPrenatalWeeks < weeks;
  }

  /** A postpartum visit {@code 0 ≤ visit − discharge ≤ days} (MAT-02). */
  boolean hasPostpartumVisitWithin(int days) {
    return firstPostpartumDay >= 0 && firstPostpartumDay <= days;
  }

  /**
   * The numerator units of a qualifying mother for this pregnancy: 1, or 0 after a stillbirth
   * (no live birth, hence no denominator).
   */
  int mothers() {
    return liveBirths > 0 ? 1 : 0;
  }

  /** Why MAT-01 is not met, in words. */
  String whyNotEarly(int weeks) {
    String exam;
    if (firstPrenatalWeeks == NO_PRENATAL_EXAM) {
      exam = "no prenatal exam recorded before delivery";
    } else if (firstPrenatalWeeks == UNKNOWN_WEEKS) {
      exam = "gestational age at the first prenatal exam (" + firstPrenatalDate
          + ") unknown: no LMP date and no recorded gestational weeks";
    } else if (firstPrenatalWeeks >= weeks) {
      exam = "first prenatal exam at " + firstPrenatalWeeks + " completed weeks (" + firstPrenatalDate
          + "), under " + weeks + " required";
    } else {
      exam = null;
    }
    if (!registered) {
      return exam == null ? "not registered (no registration date)" : "not registered (no registration date), " + exam;
    }
    return exam;
  }

  /** Why MAT-02 is not met, in words. */
  String whyNoPostpartumVisit(int days) {
    String base = "no postpartum visit within " + days + " days after "
        + (pregnancy.dischargeDate().isPresent() ? "discharge on " : "delivery on ") + postpartumFrom;
    return firstPostpartumDay < 0 ? base : base + " (first on day " + firstPostpartumDay + ")";
  }

  /** Why MAT-03 is not met, in words. */
  String whyNo42DayCheck() {
    return "no 42-day postpartum check after delivery on " + deliveryDate;
  }
}
