package org.gongwei.core.immunization;

import java.time.LocalDate;
import java.util.Objects;
import org.gongwei.core.code.Vaccine;

/**
 * One dose of an immunization schedule: the vaccine, the dose number, the scheduled age (the
 * minimum age at which the dose is valid) and the recommended completion age.
 *
 * <p>Following the indicator specification §3: a dose given before its scheduled-age date is not
 * valid and does not count; a dose is <i>timely</i> when {@code scheduledDate ≤ given <
 * completionDate}. Ages are calendar ages ({@link AgeOffset#from}).
 *
 * @param vaccine the vaccine
 * @param dose the dose number, from 1
 * @param scheduledAge the minimum age (免疫程序规定的接种起始年龄)
 * @param completeBefore the recommended completion age: the dose should be given before it
 * @param series whether the dose belongs to the primary schedule or an alternative series
 */
public record ScheduledDose(
    Vaccine vaccine, int dose, AgeOffset scheduledAge, AgeOffset completeBefore, Series series) {

  /**
   * Checks that no part is null, the dose number is positive and the scheduled age comes before
   * the completion age for every birth date.
   */
  public ScheduledDose {
    Objects.requireNonNull(vaccine, "vaccine");
    Objects.requireNonNull(scheduledAge, "scheduledAge");
    Objects.requireNonNull(completeBefore, "completeBefore");
    Objects.requireNonNull(series, "series");
    if (dose < 1) {
      throw new IllegalArgumentException("dose must be 1 or more: " + dose);
    }
    if (!scheduledAge.isAlwaysBefore(completeBefore)) {
      throw new IllegalArgumentException(
          "scheduledAge "
              + scheduledAge
              + " must come before completeBefore "
              + completeBefore
              + " for "
              + vaccine
              + " "
              + dose);
    }
  }

  /** The date from which the dose is valid for a child born on {@code birth}. */
  public LocalDate scheduledDate(LocalDate birth) {
    return scheduledAge.from(birth);
  }

  /** The date before which the dose should be given for a child born on {@code birth}. */
  public LocalDate completionDate(LocalDate birth) {
    return completeBefore.from(birth);
  }

  /**
   * Whether a dose given on {@code given} to a child born on {@code birth} is timely (及时):
   * {@code scheduledDate(birth) ≤ given < completionDate(birth)}.
   */
  public boolean isTimely(LocalDate birth, LocalDate given) {
    Objects.requireNonNull(given, "given");
    return !given.isBefore(scheduledDate(birth)) && given.isBefore(completionDate(birth));
  }

  /**
   * Whether a dose given on {@code given} to a child born on {@code birth} is valid: given on or
   * after the scheduled-age date. A late dose is valid; an early one is not.
   */
  public boolean isValid(LocalDate birth, LocalDate given) {
    Objects.requireNonNull(given, "given");
    return !given.isBefore(scheduledDate(birth));
  }

  /** The short form, for example {@code MMR 1 (8m → 12m)} or {@code HEPB 1 (birth → birth+2d)}. */
  @Override
  public String toString() {
    return vaccine.code() + " " + dose + " (" + scheduledAge + " → " + completeBefore + ")";
  }
}
