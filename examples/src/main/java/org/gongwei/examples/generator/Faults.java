package org.gongwei.examples.generator;

import java.util.SplittableRandom;

/**
 * The deliberately bad values one resident carries under {@link Errors#SOME}: each is decided once
 * per resident from a random stream of its own and planted at the first record it fits.
 */
final class Faults {
  static final Faults NONE = new Faults();

  boolean wrongCheckCharacter;
  boolean bloodPressure320;
  boolean glucoseInMgDl;
  boolean followUpAfterDeath;
  boolean doseBeforeMinimumAge;
  boolean unknownResident;
  boolean duplicateRecord;
  boolean duplicateResident;

  /** The stream for values of the faults themselves (dates, which record). */
  final SplittableRandom random;

  private Faults() {
    this.random = null;
  }

  private Faults(SplittableRandom random) {
    this.random = random;
  }

  /** The faults of one resident, drawn from {@code r}. */
  static Faults draw(SplittableRandom r) {
    Faults f = new Faults(r);
    f.wrongCheckCharacter = Draw.chance(r, 0.002);
    f.bloodPressure320 = Draw.chance(r, 0.01);
    f.glucoseInMgDl = Draw.chance(r, 0.01);
    f.followUpAfterDeath = Draw.chance(r, 0.3);
    f.doseBeforeMinimumAge = Draw.chance(r, 0.01);
    f.unknownResident = Draw.chance(r, 0.001);
    f.duplicateRecord = Draw.chance(r, 0.001);
    f.duplicateResident = Draw.chance(r, 0.0005);
    return f;
  }
}
