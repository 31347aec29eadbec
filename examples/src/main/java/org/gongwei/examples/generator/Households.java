package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.RecordClosureReason;

/**
 * Generates one resident with all of his or her records (and, for a mother, the babies born in the
 * year with theirs), from the resident's own random stream.
 */
final class Households {
  private static final long RESIDENT = 2;
  private static final long NEWBORN = 3;
  private static final long FAULTS = 4;
  private static final long NEWBORN_FAULTS = 5;

  private Households() {}

  /** Generates resident number {@code index} and everything that follows from him or her. */
  static void generate(Run run, int index) {
    SplittableRandom r = Draw.stream(run.seed, RESIDENT, index);
    Faults faults =
        run.errors == Errors.SOME ? Faults.draw(Draw.stream(run.seed, FAULTS, index)) : Faults.NONE;
    County.Place place = run.county.place(index);
    int age = Census.age(r);
    boolean male = Census.isMale(r, age);
    LocalDate birth =
        Draw.date(r, LocalDate.of(run.year - age, 1, 1), LocalDate.of(run.year - age, 12, 31));
    String residentId = place.village().code + County.fiveDigits(place.sequence());
    Person p = new Person(run, r, faults, place, residentId, birth, male, age);
    double awayChance = age >= 18 && age < 50 ? 0.26 : age >= 50 && age < 60 ? 0.10 : 0.05;
    p.permanent = !Draw.chance(r, awayChance);
    p.householdRegistered = Draw.chance(r, p.permanent ? 0.88 : 0.8);
    p.addressCode = p.householdRegistered ? run.county.code : Draw.pick(r, Names.OTHER_COUNTIES);
    p.ethnicity = Draw.chance(r, 0.92) ? Ethnicity.HAN : Names.minority(r);
    p.idNumber = Draw.chance(r, 0.995) ? run.idNumbers.issue(r, p.addressCode, birth, male) : null;
    describe(p);
    if (Draw.chance(r, Census.deathProbability(age))) {
      p.deathDate = Draw.date(r, run.start, run.end);
    }
    boolean movesOut = p.deathDate == null && p.permanent && Draw.chance(r, 0.01);
    LocalDate moveDate = Draw.date(r, run.start, run.end);
    establishRecord(p);
    if (movesOut && p.recordDate != null && !p.recordDate.isAfter(moveDate)) {
      p.closedDate = moveDate;
      p.closedReason = RecordClosureReason.MOVED_OUT;
    }
    closeOnDeath(p);
    certificate(p);
    services(p);
  }

  /**
   * Generates a baby born in the year to {@code mother}, the {@code k}-th of the delivery (0 or 1).
   */
  static void newborn(Person mother, int k, LocalDate delivery, LocalDate discharge) {
    Run run = mother.run;
    long key = Long.parseLong(mother.residentId) * 2 + k;
    SplittableRandom r = Draw.stream(run.seed, NEWBORN, key);
    Faults faults =
        run.errors == Errors.SOME
            ? Faults.draw(Draw.stream(run.seed, NEWBORN_FAULTS, key))
            : Faults.NONE;
    boolean male = Draw.chance(r, Census.BIRTH_SEX_RATIO / (100 + Census.BIRTH_SEX_RATIO));
    int sequence = 50_000 + 2 * mother.place.sequence() + k;
    County.Place place =
        new County.Place(mother.place.township(), mother.place.village(), sequence);
    String residentId = place.village().code + County.fiveDigits(sequence);
    Person p = new Person(run, r, faults, place, residentId, delivery, male, 0);
    p.permanent = mother.permanent;
    p.householdRegistered = mother.householdRegistered;
    p.addressCode = mother.addressCode;
    p.ethnicity = mother.ethnicity;
    p.idNumber =
        Draw.chance(r, 0.85) ? run.idNumbers.issue(r, p.addressCode, delivery, male) : null;
    p.dischargeDate = discharge;
    describe(p);
    if (Draw.chance(r, 0.004)) {
      p.deathDate = Draw.date(r, delivery, run.end);
    }
    establishRecord(p);
    closeOnDeath(p);
    certificate(p);
    services(p);
  }

  /** Name, doctor and the social flags. */
  private static void describe(Person p) {
    SplittableRandom r = p.r;
    p.name = Names.person(r, p.male);
    p.doctorId = Draw.pick(r, p.place.village().doctors);
    p.disabled = Draw.chance(r, 0.01 + 0.0008 * p.age);
    p.povertyAlleviated = Draw.chance(r, p.place.township().urban ? 0.01 : 0.06);
    p.familyPlanningSpecial = p.age >= 49 && Draw.chance(r, 0.004);
  }

  /**
   * The health record: most permanent residents have one (fewer of those living away), set up soon
   * after birth for children born since the programme began and otherwise spread over the years
   * since 2009, more in the early years; 95 % electronic, 84 % of those standardized.
   */
  private static void establishRecord(Person p) {
    SplittableRandom r = p.r;
    Run run = p.run;
    boolean has;
    LocalDate date;
    if (p.age == 0) {
      has = Draw.chance(r, 0.92);
      date = p.birth.plusDays(Draw.between(r, 3, 60));
    } else {
      has = Draw.chance(r, p.permanent ? 0.92 : 0.6);
      if (!p.birth.isBefore(Run.PROGRAMME_START) && Draw.chance(r, 0.8)) {
        date = p.birth.plusDays(Draw.between(r, 3, 90));
      } else {
        LocalDate from = Draw.max(Run.PROGRAMME_START, p.birth.plusDays(30));
        long span = Math.max(0, run.end.toEpochDay() - from.toEpochDay());
        date = from.plusDays((long) (span * Math.pow(r.nextDouble(), 1.8)));
      }
    }
    p.electronicRecord = Draw.chance(r, 0.95);
    p.recordStandardized = p.electronicRecord && Draw.chance(r, 0.84);
    if (has && !date.isAfter(run.end) && (p.deathDate == null || !date.isAfter(p.deathDate))) {
      p.recordDate = date;
    } else {
      p.electronicRecord = false;
      p.recordStandardized = false;
    }
  }

  /**
   * A record is closed (注销) within three weeks after death, by the end of the year at the latest.
   */
  private static void closeOnDeath(Person p) {
    if (p.deathDate != null && p.recordDate != null) {
      p.closedDate = Draw.min(p.run.end, p.deathDate.plusDays(Draw.between(p.r, 0, 20)));
      p.closedReason = RecordClosureReason.DEATH;
    }
  }

  /**
   * Children up to 7 years have a vaccination certificate (预防接种证), mostly issued within a month of
   * birth.
   */
  private static void certificate(Person p) {
    if (p.age <= 7 && Draw.chance(p.r, 0.97)) {
      LocalDate date = p.birth.plusDays(Draw.between(p.r, 0, 30));
      if (!date.isAfter(p.run.end)) {
        p.certificateDate = date;
      }
    }
  }

  /**
   * Emits the resident and his or her services, in an order that lets later services see earlier
   * conditions.
   */
  private static void services(Person p) {
    Run run = p.run;
    run.tally.count(p);
    p.emit(p.toResident());
    if (p.faults.duplicateResident) {
      p.faults.duplicateResident = false;
      run.emit(p.toResident());
    }
    Physiology.assign(p);
    ChronicCare.generate(p);
    MaternalCare.generate(p);
    ChildHealth.generate(p);
    ElderlyCare.generate(p);
    FamilyDoctor.generate(p);
    for (int k = 0; k < p.liveBirths; k++) {
      newborn(p, k, p.deliveredOn, p.dischargedOn);
    }
    if (p.faults.unknownResident) {
      p.faults.unknownResident = false;
      LocalDate date = Draw.date(p.faults.random, run.start, run.end);
      run.emit(
          Checkup.builder()
              .checkupId(p.nextFaultId('C'))
              .residentId(p.place.village().code + "99999")
              .checkupDate(date)
              .kind(CheckupKind.GENERAL)
              .formComplete(true)
              .institutionCode(p.place.township().centre.code())
              .build());
    }
  }
}
