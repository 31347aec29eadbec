package org.gongwei.indicators.colour;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.Condition;

/**
 * A managed patient's colour for one condition in a period (红黄绿分色管理), with every rule that
 * fired and the follow-ups the rules looked at.
 *
 * @param residentId the patient
 * @param condition {@link Condition#HYPERTENSION} or {@link Condition#TYPE2_DIABETES}
 * @param colour the most severe colour of the reasons, green when there is none
 * @param reasons every rule that fired, the red ones first, then in the order of {@link
 *     ColourRule}
 * @param followUps the follow-ups the rules looked at, in date order (the last is the latest
 *     follow-up of the condition in the period); empty when there is none
 */
public record ColourGrade(
    String residentId, Condition condition, Colour colour, List<ColourReason> reasons, List<FollowUp> followUps) {

  /**
   * Checks the components and copies the lists.
   *
   * @throws IllegalArgumentException if the colour is not the most severe colour of the reasons
   */
  public ColourGrade {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(colour, "colour");
    reasons = List.copyOf(reasons);
    followUps = List.copyOf(followUps);
    Colour worst = Colour.GREEN;
    for (ColourReason r : reasons) {
      worst = worst.worse(r.colour());
    }
    if (worst != colour) {
      throw new IllegalArgumentException("colour " + colour + " must be the worst colour of the reasons: " + worst);
    }
  }

  /** Whether {@code rule} fired. */
  public boolean fired(ColourRule rule) {
    Objects.requireNonNull(rule, "rule");
    for (ColourReason r : reasons) {
      if (r.rule() == rule) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reasons joined by {@code "; "}, e.g. {@code "SBP 182 ≥ 180 on 2024-11-02; referral on
   * 2024-11-02"}; {@code "no rule fired"} for a green patient.
   */
  public String reasonText() {
    if (reasons.isEmpty()) {
      return "no rule fired";
    }
    return reasons.stream().map(ColourReason::text).collect(Collectors.joining("; "));
  }

  /** For example {@code R0001 HYPERTENSION RED: SBP 182 ≥ 180 on 2024-11-02}. */
  @Override
  public String toString() {
    return residentId + " " + condition + " " + colour + ": " + reasonText();
  }
}
