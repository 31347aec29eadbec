package org.gongwei.indicators.points;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a behaviour by a resident, ready to be earned in a {@link Ledger}: derived
 * from the dataset by {@link Behaviours}, or given from outside (a lecture attended).
 *
 * @param residentId the resident
 * @param behaviour the behaviour
 * @param date the day it happened
 * @param reference what it is, unique per resident and behaviour: the id of the source record
 *     (follow-up, check-up, vaccination, contract…) or an outside reference (the lecture's id)
 */
public record PointsEvent(String residentId, Behaviour behaviour, LocalDate date, String reference) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the resident id or the reference is blank
   */
  public PointsEvent {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    if (residentId.isBlank()) {
      throw new IllegalArgumentException("residentId must not be blank");
    }
    if (reference.isBlank()) {
      throw new IllegalArgumentException("reference must not be blank");
    }
  }

  /** For example {@code R0001 2024-03-05 FACE_TO_FACE_FOLLOW_UP F01}. */
  @Override
  public String toString() {
    return residentId + " " + date + " " + behaviour + " " + reference;
  }
}
