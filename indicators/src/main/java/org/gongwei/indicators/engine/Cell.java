package org.gongwei.indicators.engine;

import java.util.Objects;
import org.gongwei.core.code.Sex;

/**
 * The finest stratum a count is kept in: institution, region code, sex and age band. Every
 * stratification (by institution, region level, sex or age band) groups cells, so strata always
 * add up to the total.
 *
 * @param institutionCode the responsible institution of the resident, or the institution of an
 *     event; empty when unknown
 * @param regionCode the region code of the resident (or of the event's institution); empty when
 *     unknown
 * @param sex the resident's sex; {@link Sex#UNKNOWN} for events
 * @param ageBand the index of the resident's age band at the period end in the rulebook's bands;
 *     -1 for events and for residents born after the period end
 */
public record Cell(String institutionCode, String regionCode, Sex sex, int ageBand) {

  /** Checks the components. */
  public Cell {
    Objects.requireNonNull(institutionCode, "institutionCode");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(sex, "sex");
    if (ageBand < -1) {
      throw new IllegalArgumentException("ageBand must be -1 or an index: " + ageBand);
    }
  }

  /** The cell of an event at an institution in a region. */
  public static Cell ofInstitution(String institutionCode, String regionCode) {
    return new Cell(institutionCode, regionCode, Sex.UNKNOWN, -1);
  }
}
