package org.gongwei.core.immunization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.code.Vaccine;

/**
 * An immunization schedule as data: the scheduled doses and which alternative doses may stand in
 * for which primary doses. Immutable.
 *
 * <p>{@link #national2021()} is the National Immunization Program schedule
 * (国家免疫规划疫苗儿童免疫程序, 2021 edition) as restated in the indicator specification §3;
 * {@link #of(List, Map)} builds a custom one (a province's or a future edition).
 *
 * <h2>Alternatives</h2>
 *
 * <p>The inactivated Japanese-encephalitis vaccine (JE_I, 乙脑灭活疫苗) and the inactivated
 * hepatitis A vaccine (HEPA_I, 甲肝灭活疫苗) may be used instead of the live vaccines JE_L and
 * HEPA_L: the inactivated series give equal protection, so a child who follows them is covered.
 * In the national schedule a dose of the alternative series satisfies a primary dose as follows:
 *
 * <ul>
 *   <li>JE_L 1 (8 m) ← JE_I 1 (8 m). JE_I 2 (7–10 days after dose 1) completes the inactivated
 *       primary course that JE_L 1 achieves alone; it satisfies no JE_L dose of its own.
 *   <li>JE_L 2 (2 y) ← JE_I 3 (2 y). JE_I 4 (6 y) is a booster with no JE_L counterpart.
 *   <li>HEPA_L 1 (18 m) ← HEPA_I 1 (18 m). HEPA_I 2 (2 y) completes the inactivated series and
 *       has no HEPA_L counterpart.
 * </ul>
 */
public final class NipSchedule {
  private static final NipSchedule NATIONAL_2021 = buildNational2021();

  private final List<ScheduledDose> doses;
  private final List<ScheduledDose> primaryDoses;
  private final Map<Vaccine, List<ScheduledDose>> byVaccine;
  private final Map<ScheduledDose, List<ScheduledDose>> alternatives;
  private final Map<ScheduledDose, ScheduledDose> primaryOfAlternative;

  private NipSchedule(List<ScheduledDose> doses, Map<ScheduledDose, List<ScheduledDose>> alternatives) {
    for (ScheduledDose dose : doses) {
      Objects.requireNonNull(dose, "doses contains null");
    }
    this.doses = List.copyOf(doses);
    List<ScheduledDose> primary = new ArrayList<>();
    Map<Vaccine, List<ScheduledDose>> grouped = new EnumMap<>(Vaccine.class);
    for (ScheduledDose dose : this.doses) {
      if (dose.series() == Series.PRIMARY) {
        primary.add(dose);
      }
      grouped.computeIfAbsent(dose.vaccine(), v -> new ArrayList<>()).add(dose);
    }
    this.primaryDoses = List.copyOf(primary);
    for (Map.Entry<Vaccine, List<ScheduledDose>> entry : grouped.entrySet()) {
      List<ScheduledDose> ofVaccine = entry.getValue();
      ofVaccine.sort(Comparator.comparingInt(ScheduledDose::dose));
      checkVaccine(entry.getKey(), ofVaccine);
      entry.setValue(List.copyOf(ofVaccine));
    }
    this.byVaccine = Collections.unmodifiableMap(grouped);

    Map<ScheduledDose, List<ScheduledDose>> alternativeMap = new LinkedHashMap<>();
    Map<ScheduledDose, ScheduledDose> primaryOf = new HashMap<>();
    for (Map.Entry<ScheduledDose, List<ScheduledDose>> entry : alternatives.entrySet()) {
      ScheduledDose key = Objects.requireNonNull(entry.getKey(), "alternatives has a null key");
      List<ScheduledDose> values =
          List.copyOf(Objects.requireNonNull(entry.getValue(), "alternatives of " + key));
      if (!isMember(key) || key.series() != Series.PRIMARY) {
        throw new IllegalArgumentException(
            "alternatives: " + key + " is not a primary dose of the schedule");
      }
      for (ScheduledDose alternative : values) {
        if (!isMember(alternative) || alternative.series() != Series.ALTERNATIVE) {
          throw new IllegalArgumentException(
              "alternatives of " + key + ": " + alternative + " is not an alternative dose of the schedule");
        }
        ScheduledDose previous = primaryOf.put(alternative, key);
        if (previous != null) {
          throw new IllegalArgumentException(
              "alternatives: " + alternative + " stands in for both " + previous + " and " + key);
        }
      }
      if (!values.isEmpty()) {
        alternativeMap.put(key, values);
      }
    }
    this.alternatives = Collections.unmodifiableMap(alternativeMap);
    this.primaryOfAlternative = Collections.unmodifiableMap(primaryOf);
  }

  private static void checkVaccine(Vaccine vaccine, List<ScheduledDose> sorted) {
    Series series = sorted.get(0).series();
    for (int i = 0; i < sorted.size(); i++) {
      ScheduledDose dose = sorted.get(i);
      if (dose.dose() != i + 1) {
        throw new IllegalArgumentException(
            "doses of "
                + vaccine
                + " must be numbered 1 to "
                + sorted.size()
                + " without gaps or repeats; found dose "
                + dose.dose()
                + " in position "
                + (i + 1));
      }
      if (dose.series() != series) {
        throw new IllegalArgumentException(
            "doses of " + vaccine + " mix series " + series + " and " + dose.series());
      }
    }
  }

  private boolean isMember(ScheduledDose dose) {
    return dose(dose.vaccine(), dose.dose()).filter(dose::equals).isPresent();
  }

  /**
   * The National Immunization Program schedule, 2021 edition (国家免疫规划疫苗儿童免疫程序及说明,
   * 2021年版), as in the indicator specification §3: 22 primary doses of 11 vaccines and 6 doses of
   * the alternative inactivated JE_I and HEPA_I series, with the alternatives described in the
   * class documentation.
   */
  public static NipSchedule national2021() {
    return NATIONAL_2021;
  }

  /**
   * A custom schedule without alternatives.
   *
   * @throws IllegalArgumentException if the doses of a vaccine are not numbered 1 to n without
   *     gaps or repeats, or mix series
   */
  public static NipSchedule of(List<ScheduledDose> doses) {
    return of(doses, Map.of());
  }

  /**
   * A custom schedule: its doses, and for primary doses the alternative doses that satisfy them.
   *
   * @throws IllegalArgumentException if the doses of a vaccine are not numbered 1 to n without
   *     gaps or repeats, or mix series; or if {@code alternatives} maps anything but a primary
   *     dose of the schedule to alternative doses of the schedule, or lets one alternative dose
   *     stand in for two primary doses
   */
  public static NipSchedule of(
      List<ScheduledDose> doses, Map<ScheduledDose, List<ScheduledDose>> alternatives) {
    Objects.requireNonNull(doses, "doses");
    Objects.requireNonNull(alternatives, "alternatives");
    return new NipSchedule(doses, alternatives);
  }

  /** All doses, primary and alternative, in the order given. */
  public List<ScheduledDose> doses() {
    return doses;
  }

  /** The doses of the {@link Series#PRIMARY} series, in the order given. */
  public List<ScheduledDose> primaryDoses() {
    return primaryDoses;
  }

  /** Dose number {@code dose} of {@code vaccine}, if the schedule has it. */
  public Optional<ScheduledDose> dose(Vaccine vaccine, int dose) {
    List<ScheduledDose> ofVaccine = dosesOf(vaccine);
    return dose >= 1 && dose <= ofVaccine.size()
        ? Optional.of(ofVaccine.get(dose - 1))
        : Optional.empty();
  }

  /** The doses of {@code vaccine} in dose order; empty if the schedule does not use it. */
  public List<ScheduledDose> dosesOf(Vaccine vaccine) {
    Objects.requireNonNull(vaccine, "vaccine");
    return byVaccine.getOrDefault(vaccine, List.of());
  }

  /**
   * The alternative doses that satisfy {@code primary} (for JE_L 1 in the national schedule:
   * JE_I 1); empty when there are none, and for an alternative dose.
   *
   * @throws IllegalArgumentException if {@code primary} is not a dose of this schedule
   */
  public List<ScheduledDose> alternativesFor(ScheduledDose primary) {
    Objects.requireNonNull(primary, "primary");
    if (!isMember(primary)) {
      throw new IllegalArgumentException(primary + " is not a dose of this schedule");
    }
    return alternatives.getOrDefault(primary, List.of());
  }

  /**
   * The primary dose that {@code alternative} satisfies (for JE_I 3 in the national schedule:
   * JE_L 2); empty when it satisfies none (JE_I 2, JE_I 4, HEPA_I 2), and for a primary dose.
   *
   * @throws IllegalArgumentException if {@code alternative} is not a dose of this schedule
   */
  public Optional<ScheduledDose> primaryFor(ScheduledDose alternative) {
    Objects.requireNonNull(alternative, "alternative");
    if (!isMember(alternative)) {
      throw new IllegalArgumentException(alternative + " is not a dose of this schedule");
    }
    return Optional.ofNullable(primaryOfAlternative.get(alternative));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NipSchedule)) {
      return false;
    }
    NipSchedule that = (NipSchedule) o;
    return doses.equals(that.doses) && alternatives.equals(that.alternatives);
  }

  @Override
  public int hashCode() {
    return Objects.hash(doses, alternatives);
  }

  /** A summary such as {@code NipSchedule(22 primary + 6 alternative doses)}. */
  @Override
  public String toString() {
    return "NipSchedule("
        + primaryDoses.size()
        + " primary + "
        + (doses.size() - primaryDoses.size())
        + " alternative doses)";
  }

  private static NipSchedule buildNational2021() {
    AgeOffset birth = AgeOffset.BIRTH;
    AgeOffset m1 = AgeOffset.ofMonths(1);
    AgeOffset m2 = AgeOffset.ofMonths(2);
    AgeOffset m3 = AgeOffset.ofMonths(3);
    AgeOffset m4 = AgeOffset.ofMonths(4);
    AgeOffset m5 = AgeOffset.ofMonths(5);
    AgeOffset m6 = AgeOffset.ofMonths(6);
    AgeOffset m8 = AgeOffset.ofMonths(8);
    AgeOffset m9 = AgeOffset.ofMonths(9);
    AgeOffset m12 = AgeOffset.ofMonths(12);
    AgeOffset m18 = AgeOffset.ofMonths(18);
    AgeOffset m24 = AgeOffset.ofMonths(24);
    AgeOffset y2 = AgeOffset.ofYears(2);
    AgeOffset y3 = AgeOffset.ofYears(3);
    AgeOffset y4 = AgeOffset.ofYears(4);
    AgeOffset y5 = AgeOffset.ofYears(5);
    AgeOffset y6 = AgeOffset.ofYears(6);
    AgeOffset y7 = AgeOffset.ofYears(7);

    ScheduledDose jeL1 = primary(Vaccine.JE_L, 1, m8, m12);
    ScheduledDose jeL2 = primary(Vaccine.JE_L, 2, y2, y3);
    ScheduledDose hepAL1 = primary(Vaccine.HEPA_L, 1, m18, m24);
    ScheduledDose jeI1 = alternative(Vaccine.JE_I, 1, m8, m12);
    ScheduledDose jeI3 = alternative(Vaccine.JE_I, 3, y2, y3);
    ScheduledDose hepAI1 = alternative(Vaccine.HEPA_I, 1, m18, m24);

    List<ScheduledDose> doses =
        List.of(
            primary(Vaccine.HEPB, 1, birth, AgeOffset.ofDays(2)),
            primary(Vaccine.HEPB, 2, m1, m12),
            primary(Vaccine.HEPB, 3, m6, m12),
            primary(Vaccine.BCG, 1, birth, m3),
            primary(Vaccine.IPV, 1, m2, m12),
            primary(Vaccine.IPV, 2, m3, m12),
            primary(Vaccine.BOPV, 1, m4, m12),
            primary(Vaccine.BOPV, 2, y4, y5),
            primary(Vaccine.DTAP, 1, m3, m12),
            primary(Vaccine.DTAP, 2, m4, m12),
            primary(Vaccine.DTAP, 3, m5, m12),
            primary(Vaccine.DTAP, 4, m18, m24),
            primary(Vaccine.DT, 1, y6, y7),
            primary(Vaccine.MMR, 1, m8, m12),
            primary(Vaccine.MMR, 2, m18, m24),
            jeL1,
            jeL2,
            primary(Vaccine.MPSV_A, 1, m6, m18),
            primary(Vaccine.MPSV_A, 2, m9, m18),
            primary(Vaccine.MPSV_AC, 1, y3, y4),
            primary(Vaccine.MPSV_AC, 2, y6, y7),
            hepAL1,
            jeI1,
            alternative(Vaccine.JE_I, 2, AgeOffset.of(8, 7), m12),
            jeI3,
            alternative(Vaccine.JE_I, 4, y6, y7),
            hepAI1,
            alternative(Vaccine.HEPA_I, 2, y2, y3));
    Map<ScheduledDose, List<ScheduledDose>> alternatives = new LinkedHashMap<>();
    alternatives.put(jeL1, List.of(jeI1));
    alternatives.put(jeL2, List.of(jeI3));
    alternatives.put(hepAL1, List.of(hepAI1));
    return new NipSchedule(doses, alternatives);
  }

  private static ScheduledDose primary(Vaccine vaccine, int dose, AgeOffset from, AgeOffset before) {
    return new ScheduledDose(vaccine, dose, from, before, Series.PRIMARY);
  }

  private static ScheduledDose alternative(
      Vaccine vaccine, int dose, AgeOffset from, AgeOffset before) {
    return new ScheduledDose(vaccine, dose, from, before, Series.ALTERNATIVE);
  }
}
