package org.gongwei.indicators.colour;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of colour-coded management (红黄绿分色管理, indicators.md §15): the colour each
 * {@link ColourRule} gives, the thresholds of the severe readings and the length of the run of
 * uncontrolled readings. Immutable; start from {@link #defaults()} and change with the {@code
 * withX} methods.
 *
 * <p>Defaults (a local practice, not a national standard; the thresholds are the urgent-referral
 * criteria of 国家基本公共卫生服务规范（第三版） (2017), 高血压 / 2型糖尿病患者健康管理服务规范):
 *
 * <ul>
 *   <li>green: the latest reading controlled and no other rule fired;
 *   <li>yellow: {@link ColourRule#NO_READING}, {@link ColourRule#UNCONTROLLED}, {@link
 *       ColourRule#ADVERSE_REACTION}, {@link ColourRule#CLASSIFIED_UNSATISFACTORY} (2), {@link
 *       ColourRule#CLASSIFIED_ADVERSE_REACTION} (3);
 *   <li>red: {@link ColourRule#CONSECUTIVE_UNCONTROLLED} (run of 2), {@link
 *       ColourRule#SEVERE_BLOOD_PRESSURE} (SBP ≥ 180 or DBP ≥ 110 mmHg), {@link
 *       ColourRule#SEVERE_GLUCOSE} (fasting glucose ≥ 16.7 mmol/L), {@link ColourRule#COMPLICATION}
 *       (4), {@link ColourRule#REFERRAL}.
 * </ul>
 *
 * <p>A rule set to {@link Colour#GREEN} is switched off: it can never make a patient worse than
 * green. The control rule itself (targets 140/90, 150/90 from 65, fasting glucose 7.0) is the
 * rulebook's ({@code elderlyBpTarget}, {@code fastingGlucoseTarget}, {@code controlVisit}), the
 * same as HTN-02 and DM-02.
 */
public final class ColourRules {
  private static final BigDecimal DEFAULT_SEVERE_GLUCOSE = new BigDecimal("16.7");
  private static final ColourRules DEFAULTS = new ColourRules(defaultColours(), 180, 110, DEFAULT_SEVERE_GLUCOSE, 2);

  private final EnumMap<ColourRule, Colour> colours;
  private final int severeSbp;
  private final int severeDbp;
  private final BigDecimal severeGlucose;
  private final int uncontrolledRun;

  private ColourRules(
      EnumMap<ColourRule, Colour> colours, int severeSbp, int severeDbp, BigDecimal severeGlucose, int uncontrolledRun) {
    this.colours = colours;
    this.severeSbp = severeSbp;
    this.severeDbp = severeDbp;
    this.severeGlucose = severeGlucose;
    this.uncontrolledRun = uncontrolledRun;
  }

  private static EnumMap<ColourRule, Colour> defaultColours() {
    EnumMap<ColourRule, Colour> m = new EnumMap<>(ColourRule.class);
    for (ColourRule r : ColourRule.values()) {
      m.put(r, r.defaultColour());
    }
    return m;
  }

  /** The default rules (see the class description). */
  public static ColourRules defaults() {
    return DEFAULTS;
  }

  /** The colour {@code rule} gives when it fires; {@link Colour#GREEN} means switched off. */
  public Colour colourOf(ColourRule rule) {
    Objects.requireNonNull(rule, "rule");
    return colours.get(rule);
  }

  /** Whether {@code rule} is switched on, i.e. gives yellow or red. */
  public boolean isOn(ColourRule rule) {
    return colourOf(rule) != Colour.GREEN;
  }

  /** These rules with {@code rule} giving {@code colour} ({@link Colour#GREEN} switches it off). */
  public ColourRules withColour(ColourRule rule, Colour colour) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(colour, "colour");
    EnumMap<ColourRule, Colour> m = new EnumMap<>(colours);
    m.put(rule, colour);
    return new ColourRules(m, severeSbp, severeDbp, severeGlucose, uncontrolledRun);
  }

  /** The systolic pressure from which a reading is severe, mmHg (default 180). */
  public int severeSbp() {
    return severeSbp;
  }

  /**
   * These rules with a severe systolic threshold of {@code mmHg}.
   *
   * @throws IllegalArgumentException if {@code mmHg} is not positive
   */
  public ColourRules withSevereSbp(int mmHg) {
    return new ColourRules(colours, positive(mmHg, "severeSbp"), severeDbp, severeGlucose, uncontrolledRun);
  }

  /** The diastolic pressure from which a reading is severe, mmHg (default 110). */
  public int severeDbp() {
    return severeDbp;
  }

  /**
   * These rules with a severe diastolic threshold of {@code mmHg}.
   *
   * @throws IllegalArgumentException if {@code mmHg} is not positive
   */
  public ColourRules withSevereDbp(int mmHg) {
    return new ColourRules(colours, severeSbp, positive(mmHg, "severeDbp"), severeGlucose, uncontrolledRun);
  }

  /** The fasting glucose from which a reading is severe, mmol/L (default 16.7). */
  public BigDecimal severeGlucose() {
    return severeGlucose;
  }

  /**
   * These rules with a severe fasting glucose threshold of {@code mmolPerLitre}.
   *
   * @throws IllegalArgumentException if the threshold is not positive
   */
  public ColourRules withSevereGlucose(BigDecimal mmolPerLitre) {
    Objects.requireNonNull(mmolPerLitre, "mmolPerLitre");
    if (mmolPerLitre.signum() <= 0) {
      throw new IllegalArgumentException("severeGlucose must be positive: " + mmolPerLitre.toPlainString());
    }
    return new ColourRules(colours, severeSbp, severeDbp, mmolPerLitre.stripTrailingZeros(), uncontrolledRun);
  }

  /**
   * How many consecutive uncontrolled readings, the control visit being the last, fire {@link
   * ColourRule#CONSECUTIVE_UNCONTROLLED} (default 2).
   */
  public int uncontrolledRun() {
    return uncontrolledRun;
  }

  /**
   * These rules with a run of {@code readings} uncontrolled readings for {@link
   * ColourRule#CONSECUTIVE_UNCONTROLLED}.
   *
   * @throws IllegalArgumentException if {@code readings} is below 2
   */
  public ColourRules withUncontrolledRun(int readings) {
    if (readings < 2) {
      throw new IllegalArgumentException("uncontrolledRun must be 2 or more: " + readings);
    }
    return new ColourRules(colours, severeSbp, severeDbp, severeGlucose, readings);
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ColourRules)) {
      return false;
    }
    ColourRules r = (ColourRules) o;
    return colours.equals(r.colours)
        && severeSbp == r.severeSbp
        && severeDbp == r.severeDbp
        && severeGlucose.compareTo(r.severeGlucose) == 0
        && uncontrolledRun == r.uncontrolledRun;
  }

  @Override
  public int hashCode() {
    return Objects.hash(colours, severeSbp, severeDbp, severeGlucose.stripTrailingZeros(), uncontrolledRun);
  }

  /**
   * The settings, naming only the rules whose colour differs from the default, e.g. {@code
   * ColourRules[SBP ≥ 180, DBP ≥ 110, FPG ≥ 16.7, run 2]} or {@code ColourRules[SBP ≥ 170, DBP ≥
   * 110, FPG ≥ 16.7, run 2, REFERRAL=YELLOW]}.
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder("ColourRules[SBP ≥ ")
            .append(severeSbp)
            .append(", DBP ≥ ")
            .append(severeDbp)
            .append(", FPG ≥ ")
            .append(severeGlucose.toPlainString())
            .append(", run ")
            .append(uncontrolledRun);
    for (Map.Entry<ColourRule, Colour> e : colours.entrySet()) {
      if (e.getValue() != e.getKey().defaultColour()) {
        b.append(", ").append(e.getKey()).append('=').append(e.getValue());
      }
    }
    return b.append(']').toString();
  }
}
