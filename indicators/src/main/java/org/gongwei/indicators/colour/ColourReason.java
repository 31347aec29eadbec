package org.gongwei.indicators.colour;

import java.util.Objects;

/**
 * One rule that fired for a patient, with the colour it gave and why, in words (e.g. {@code
 * "SBP 182 ≥ 180 on 2024-11-02"}).
 *
 * @param rule the rule
 * @param colour the colour it gave (yellow or red)
 * @param text what the rule saw, with the date of the follow-up
 */
public record ColourReason(ColourRule rule, Colour colour, String text) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the colour is green (a rule that fired gives yellow or
   *     red) or the text is blank
   */
  public ColourReason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(text, "text");
    if (colour == Colour.GREEN) {
      throw new IllegalArgumentException("colour of a reason must be YELLOW or RED: " + rule);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank: " + rule);
    }
  }

  /** The text. */
  @Override
  public String toString() {
    return text;
  }
}
