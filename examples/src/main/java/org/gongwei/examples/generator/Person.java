package org.gongwei.examples.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.core.period.Age;
import org.gongwei.core.resident.Resident;

/**
 * The working state of one resident while his or her records are generated: demographics, the
 * health record, the conditions that make a key group, and a counter for record ids.
 */
final class Person {
  final Run run;
  final SplittableRandom r;
  final Faults faults;
  final County.Place place;
  final String residentId;
  final LocalDate birth;
  final boolean male;

  /** Completed years at the end of the reporting year. */
  final int age;

  String name;
  Ethnicity ethnicity;
  String idNumber;
  String addressCode;
  String doctorId;
  boolean permanent;
  boolean householdRegistered;
  boolean disabled;
  boolean povertyAlleviated;
  boolean familyPlanningSpecial;
  LocalDate recordDate;
  boolean electronicRecord;
  boolean recordStandardized;
  LocalDate deathDate;
  LocalDate closedDate;
  RecordClosureReason closedReason;
  LocalDate certificateDate;

  /** The mother's discharge date, for a child born in the year. */
  LocalDate dischargeDate;

  /**
   * For a mother who gave birth in the year: the delivery, her discharge and the number of live
   * births.
   */
  LocalDate deliveredOn;

  LocalDate dischargedOn;
  int liveBirths;

  boolean hypertension;
  boolean diabetes;
  boolean mentalDisorder;
  boolean tuberculosis;
  boolean pregnant;

  /** The usual systolic pressure and fasting glucose, around which readings scatter. */
  double sbpMean;

  double glucoseMean;
  boolean bpControlled;
  boolean glucoseControlled;

  private int counter;
  private int faultCounter;

  Person(
      Run run,
      SplittableRandom r,
      Faults faults,
      County.Place place,
      String residentId,
      LocalDate birth,
      boolean male,
      int age) {
    this.run = run;
    this.r = r;
    this.faults = faults;
    this.place = place;
    this.residentId = residentId;
    this.birth = birth;
    this.male = male;
    this.age = age;
  }

  /** A new record id: the resident id, a letter for the kind of record and a running number. */
  String nextId(char kind) {
    return residentId + "-" + kind + (++counter);
  }

  /**
   * A record id for a planted fault, numbered apart from {@link #nextId} so that the other records
   * keep the ids they have without faults.
   */
  String nextFaultId(char kind) {
    return residentId + "-X" + kind + (++faultCounter);
  }

  /** The earlier of the death and record-closure dates, or null. */
  LocalDate exitDate() {
    if (deathDate == null) {
      return closedDate;
    }
    return closedDate == null ? deathDate : Draw.min(deathDate, closedDate);
  }

  /**
   * The last day on which the resident can receive a service: the day before the exit, or the year
   * end.
   */
  LocalDate lastServiceDay() {
    LocalDate exit = exitDate();
    return exit == null ? run.end : Draw.min(run.end, exit.minusDays(1));
  }

  /**
   * The first day of the year on which a service can be given: the later of the year start and the
   * birth date.
   */
  LocalDate firstServiceDay() {
    return Draw.max(run.start, birth);
  }

  /** Whether the resident has a health record established on or before {@code date}. */
  boolean hasRecordOn(LocalDate date) {
    return recordDate != null && !recordDate.isAfter(date);
  }

  /**
   * A factor for the chance of a service: 1 for permanent residents, lower for those living away.
   */
  double presence() {
    return permanent ? 1.0 : 0.35;
  }

  /** Whether the resident is 65 or older on {@code date}. */
  boolean isElderlyOn(LocalDate date) {
    return Age.yearsAt(birth, date) >= 65;
  }

  /** Whether the resident counts in the population at the end of the year (indicators.md). */
  boolean isInPopulationAtEnd() {
    return permanent
        && (deathDate == null || deathDate.isAfter(run.end))
        && (closedDate == null || closedDate.isAfter(run.end));
  }

  /** The resident record. */
  Resident toResident() {
    Resident.Builder b = Resident.builder();
    b.residentId(residentId)
        .sex(male ? Sex.MALE : Sex.FEMALE)
        .birthDate(birth)
        .regionCode(place.village().region)
        .institutionCode(place.village().clinic.code())
        .doctorId(doctorId)
        .permanent(permanent)
        .householdRegistered(householdRegistered)
        .name(name)
        .ethnicity(ethnicity)
        .disabled(disabled)
        .povertyAlleviated(povertyAlleviated)
        .familyPlanningSpecial(familyPlanningSpecial)
        .recordEstablishedDate(recordDate)
        .electronicRecord(electronicRecord)
        .recordStandardized(recordStandardized)
        .recordClosedDate(closedDate)
        .recordClosedReason(closedReason)
        .deathDate(deathDate)
        .vaccinationCertificateDate(certificateDate);
    if (idNumber != null) {
      b.idNumber(faults.wrongCheckCharacter ? IdNumbers.withWrongCheck(idNumber) : idNumber);
    }
    return b.build();
  }

  /**
   * Passes a record of this resident to the sink; under {@link Errors#SOME} a resident with a
   * duplicate-record fault has his or her first follow-up, check-up or vaccination passed twice.
   */
  void emit(BundleRecord record) {
    run.emit(record);
    if (faults.duplicateRecord) {
      RecordType type = record.recordType();
      if (type == RecordType.FOLLOW_UP
          || type == RecordType.CHECKUP
          || type == RecordType.VACCINATION) {
        faults.duplicateRecord = false;
        run.emit(record);
      }
    }
  }
}
