package org.gongwei.indicators.immunization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.immunization.AgeOffset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.internal.ScheduledAges;

/**
 * The primary doses of a schedule prepared for fast per-resident evaluation, with the lookups of
 * vaccination records and the wording of reasons shared by IMM-02 and IMM-03. Immutable.
 */
final class Doses {
  /** The primary doses, in the schedule's order. */
  final ScheduledDose[] primary;
  /** For each primary dose, the alternative doses that satisfy it. */
  final ScheduledDose[][] alternatives;

  Doses(NipSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    List<ScheduledDose> doses = schedule.primaryDoses();
    primary = doses.toArray(new ScheduledDose[0]);
    alternatives = new ScheduledDose[primary.length][];
    for (int i = 0; i < primary.length; i++) {
      alternatives[i] = schedule.alternativesFor(primary[i]).toArray(new ScheduledDose[0]);
    }
  }

  /**
   * Whether the date at the offset {@code (months, days)} from {@code birth} falls in {@code
   * [start, end]}, given the months completed the day before {@code start} ({@code -1} when born
   * on or after it) and at {@code end}. Offsets of whole months are decided by arithmetic alone
   * (a child reaches n months in the period when {@code monthsBefore < n ≤ monthsAtEnd}); only
   * offsets with days compute a date.
   */
  static boolean falls(
      AgeOffset offset, LocalDate birth, int monthsBefore, int monthsAtEnd, LocalDate start, LocalDate end) {
    int months = offset.months();
    if (offset.days() == 0) {
      return ScheduledAges.isReached(months, monthsBefore, monthsAtEnd);
    }
    LocalDate d = offset.from(birth);
    return !d.isBefore(start) && !d.isAfter(end);
  }

  /**
   * The months completed by a child born on {@code birth} on the day before {@code start}; {@code
   * -1} when born on or after {@code start}.
   */
  static int monthsBefore(LocalDate birth, LocalDate start) {
    return ScheduledAges.monthsBefore(birth, start);
  }

  /** The headline measure followed by one part per primary dose, e.g. {@code IMM-02(MMR,1)}. */
  List<Measure> measures(String indicatorId) {
    List<Measure> list = new ArrayList<>(primary.length + 1);
    list.add(Measure.of(indicatorId));
    for (ScheduledDose d : primary) {
      list.add(Measure.part(indicatorId, d.vaccine().code() + "," + d.dose(), label(d)));
    }
    return List.copyOf(list);
  }

  /**
   * A number of months {@code b} such that every offset's date is on or before {@code
   * birth.plusMonths(b)} for any birth date: the offset's months plus its days rounded up to
   * 28-day months (every span of k calendar months is at least 28k days).
   */
  static int boundMonths(List<AgeOffset> offsets) {
    int bound = 0;
    for (AgeOffset a : offsets) {
      bound = Math.max(bound, a.months() + (a.days() + 27) / 28);
    }
    return bound;
  }

  /** {@code MMR dose 1}. */
  static String label(ScheduledDose d) {
    return d.vaccine().code() + " dose " + d.dose();
  }

  /** Whether a record of dose {@code dose} of {@code vaccine} is dated in {@code [from, to]}. */
  static boolean givenBetween(List<Vaccination> records, Vaccine vaccine, int dose, LocalDate from, LocalDate to) {
    for (int i = 0; i < records.size(); i++) {
      Vaccination x = records.get(i);
      LocalDate d = x.vaccinationDate();
      if (d.isAfter(to)) {
        return false;
      }
      if (x.vaccine() == vaccine && x.dose() == dose && !d.isBefore(from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a record of dose {@code dose} of {@code vaccine} is dated on or after {@code from} and
   * strictly before {@code before}.
   */
  static boolean givenBefore(List<Vaccination> records, Vaccine vaccine, int dose, LocalDate from, LocalDate before) {
    for (int i = 0; i < records.size(); i++) {
      Vaccination x = records.get(i);
      LocalDate d = x.vaccinationDate();
      if (!d.isBefore(before)) {
        return false;
      }
      if (x.vaccine() == vaccine && x.dose() == dose && !d.isBefore(from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the record is of this scheduled dose (same vaccine and dose number). */
  static boolean isOf(Vaccination x, ScheduledDose d) {
    return x.vaccine() == d.vaccine() && x.dose() == d.dose();
  }

  /**
   * The scheduled dose, the primary or one of its alternatives, that the record is of; {@code
   * null} if none.
   */
  ScheduledDose doseOf(Vaccination x, int index) {
    if (isOf(x, primary[index])) {
      return primary[index];
    }
    for (ScheduledDose alt : alternatives[index]) {
      if (isOf(x, alt)) {
        return alt;
      }
    }
    return null;
  }

  /**
   * Why the primary dose {@code index} has no valid record by {@code end}: the latest early
   * record ({@code "HEPB dose 3 given 2024-01-02, before 6 months (valid from 2024-01-10)"}) or
   * none ({@code "no MMR dose 1 by 2024-12-31"}).
   */
  String notValid(int index, List<Vaccination> records, LocalDate birth, LocalDate end) {
    Vaccination early = null;
    ScheduledDose earlyDose = null;
    for (Vaccination x : records) {
      if (x.vaccinationDate().isAfter(end)) {
        break;
      }
      ScheduledDose d = doseOf(x, index);
      if (d != null) {
        early = x;
        earlyDose = d;
      }
    }
    if (early == null) {
      return "no " + label(primary[index]) + " by " + end;
    }
    return early(early, earlyDose, birth);
  }

  /**
   * Why the primary dose {@code index}, whose completion date is on or before {@code end}, was not
   * given timely: the first valid record, which is late ({@code "MMR dose 1 given 2024-07-02,
   * after 12 months (due before 2024-06-15)"}), else the latest early one, else none.
   */
  String notTimely(int index, List<Vaccination> records, LocalDate birth, LocalDate end) {
    Vaccination early = null;
    ScheduledDose earlyDose = null;
    for (Vaccination x : records) {
      if (x.vaccinationDate().isAfter(end)) {
        break;
      }
      ScheduledDose d = doseOf(x, index);
      if (d == null) {
        continue;
      }
      if (d.isValid(birth, x.vaccinationDate())) {
        return label(d)
            + " given "
            + x.vaccinationDate()
            + ", after "
            + ageWords(d.completeBefore())
            + " (due before "
            + d.completionDate(birth)
            + ")";
      }
      early = x;
      earlyDose = d;
    }
    if (early == null) {
      return "no " + label(primary[index]) + " by " + end;
    }
    return early(early, earlyDose, birth);
  }

  private static String early(Vaccination x, ScheduledDose d, LocalDate birth) {
    return label(d)
        + " given "
        + x.vaccinationDate()
        + ", before "
        + ageWords(d.scheduledAge())
        + " (valid from "
        + d.scheduledDate(birth)
        + ")";
  }

  /**
   * An age offset in words, as the schedule states ages: months below 24, whole years from 24
   * months: {@code birth}, {@code birth + 2 days}, {@code 8 months}, {@code 12 months}, {@code 2
   * years}, {@code 8 months + 7 days}.
   */
  static String ageWords(AgeOffset a) {
    String head;
    if (a.months() == 0) {
      head = "birth";
    } else if (a.months() >= 24 && a.months() % 12 == 0) {
      head = (a.months() / 12) + " years";
    } else {
      head = a.months() + (a.months() == 1 ? " month" : " months");
    }
    if (a.days() == 0) {
      return head;
    }
    return head + " + " + a.days() + (a.days() == 1 ? " day" : " days");
  }
}
