package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.tcm.TcmService;

/**
 * The elderly (65 and over at the end of the year) with a health record: the annual check-up in 78
 * % (88 % of chronic patients), TCM constitution identification and guidance in 77 %, often on the
 * day of the check-up; fewer among those living away.
 */
final class ElderlyCare {
  private ElderlyCare() {}

  static void generate(Person p) {
    if (p.age < 65 || p.recordDate == null) {
      return;
    }
    SplittableRandom r = p.r;
    LocalDate from = Draw.max(p.run.start, p.recordDate);
    LocalDate last = p.lastServiceDay();
    LocalDate checkup = null;
    if (Draw.chance(r, (p.hypertension || p.diabetes ? 0.88 : 0.78) * p.presence())) {
      checkup = Checkups.date(p, from, last);
      if (checkup != null) {
        Checkups.emit(p, CheckupKind.ELDERLY_ANNUAL, checkup);
      }
    }
    if (Draw.chance(r, 0.77 * p.presence()) && !from.isAfter(last)) {
      LocalDate date = checkup != null && Draw.chance(r, 0.7) ? checkup : Draw.date(r, from, last);
      p.emit(new TcmService(p.nextId('S'), p.residentId, date, TcmKind.ELDERLY));
    }
  }
}
