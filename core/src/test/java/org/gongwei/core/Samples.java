package org.gongwei.core;

import java.time.LocalDate;
import org.gongwei.core.code.Sex;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.resident.Resident;

/** Small sample values shared by the core tests. */
public final class Samples {
  private Samples() {}

  /** The village region code used by the samples. */
  public static final RegionCode VILLAGE = RegionCode.parse("430321101201");

  /** The institution code used by the samples. */
  public static final String CLINIC = "430321101";

  /** A builder for a permanent resident with a record, ready to be adjusted. */
  public static Resident.Builder resident(String id, LocalDate birth) {
    return Resident.builder()
        .residentId(id)
        .sex(Sex.FEMALE)
        .birthDate(birth)
        .regionCode(VILLAGE)
        .institutionCode(CLINIC)
        .permanent(true)
        .recordEstablishedDate(LocalDate.of(2020, 1, 1));
  }

  /** A permanent resident with a record, born on {@code birth}. */
  public static Resident residentBorn(String id, LocalDate birth) {
    return resident(id, birth).build();
  }
}
