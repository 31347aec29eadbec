package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.code.CheckupKind;

/** Health check-ups (健康体检) at the township centre. */
final class Checkups {
  private static final double[] SELF_CARE = Draw.cumulative(80, 10, 6, 3, 1);

  private Checkups() {}

  /**
   * A check-up date in the usual season (March to October), moved into {@code [from, to]} when it
   * falls outside; null when that range is empty.
   */
  static LocalDate date(Person p, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      return null;
    }
    LocalDate d = Draw.date(p.r, LocalDate.of(p.run.year, 3, 1), LocalDate.of(p.run.year, 10, 31));
    return d.isBefore(from) || d.isAfter(to) ? Draw.date(p.r, from, to) : d;
  }

  /**
   * Emits a check-up: blood pressure always, fasting glucose for diabetics and most others, the
   * form complete in 94 % and guidance given in 96 %; the elderly annual check-up also scores
   * self-care (0–3 independent mostly, 19+ dependent rarely).
   */
  static void emit(Person p, CheckupKind kind, LocalDate date) {
    SplittableRandom r = p.r;
    boolean elderly = kind == CheckupKind.ELDERLY_ANNUAL;
    int[] bp = Physiology.bloodPressure(p, r, p.isElderlyOn(date));
    Checkup.Builder b =
        Checkup.builder()
            .checkupId(p.nextId('C'))
            .residentId(p.residentId)
            .checkupDate(date)
            .kind(kind)
            .formComplete(Draw.chance(r, 0.94))
            .guidanceGiven(Draw.chance(r, 0.96))
            .sbp(bp[0])
            .dbp(bp[1])
            .institutionCode(p.place.township().centre.code());
    if (p.diabetes || Draw.chance(r, 0.8)) {
      b.fastingGlucose(Physiology.glucose(p, r));
    }
    if (elderly) {
      b.selfCareScore(selfCare(r));
    }
    p.emit(b.build());
  }

  private static int selfCare(SplittableRandom r) {
    switch (Draw.pick(r, SELF_CARE)) {
      case 0:
        return Draw.between(r, 0, 3);
      case 1:
        return Draw.between(r, 4, 8);
      case 2:
        return Draw.between(r, 9, 12);
      case 3:
        return Draw.between(r, 13, 18);
      default:
        return Draw.between(r, 19, 30);
    }
  }
}
