package org.gongwei.indicators.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.indicators.rate.Rate;
import org.gongwei.indicators.target.Attainment;
import org.gongwei.indicators.target.Comparison;
import org.gongwei.indicators.target.Target;

/**
 * The table of a {@link ScoreRule#tiered tiered} score rule: cut-offs on the rate itself, each
 * with the share of the weight it earns, e.g. {@code ≥ 90% → 100%, ≥ 80% → 80%, else 0%}. The
 * first tier the rate meets gives the share; a rate that meets no tier earns 0.
 *
 * <p>The table is data: all cut-offs compare the same way (all floors or all ceilings), from the
 * strictest to the loosest (floors strictly descending, ceilings strictly ascending), and the
 * shares never grow from one tier to the next, so a better rate never earns less.
 *
 * @param tiers the tiers, strictest first
 */
public record Tiers(List<Tier> tiers) {

  /**
   * A tier table; see the class comment for the rules.
   *
   * @throws IllegalArgumentException naming the offending tier otherwise
   */
  public Tiers {
    tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers must not be empty");
    }
    Comparison comparison = tiers.get(0).cutOff().comparison();
    for (int i = 1; i < tiers.size(); i++) {
      Tier previous = tiers.get(i - 1);
      Tier tier = tiers.get(i);
      if (tier.cutOff().comparison() != comparison) {
        throw new IllegalArgumentException(
            "tiers must all be floors (≥) or all ceilings (≤): " + tier + " after " + previous);
      }
      int order = tier.cutOff().threshold().compareTo(previous.cutOff().threshold());
      boolean looser = comparison == Comparison.AT_LEAST ? order < 0 : order > 0;
      if (!looser) {
        throw new IllegalArgumentException(
            "tiers must go from the strictest cut-off to the loosest: " + tier + " after " + previous);
      }
      if (tier.share().compareTo(previous.share()) > 0) {
        throw new IllegalArgumentException(
            "a looser tier must not earn a larger share: " + tier + " after " + previous);
      }
    }
  }

  /** The given tiers, strictest first. */
  public static Tiers of(Tier... tiers) {
    return new Tiers(List.of(tiers));
  }

  /**
   * The table written by {@link #toString()}, e.g. {@code ≥ 90% → 100%, ≥ 80% → 80%, else 0%}
   * (the {@code else 0%} part may be left out; ASCII {@code ->}, {@code >=} and {@code <=} are
   * accepted).
   *
   * @throws IllegalArgumentException naming the text if it has another form
   */
  public static Tiers parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Tier> list = new ArrayList<>();
    String[] parts = text.strip().split("\\s*,\\s*");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && i > 0 && part.matches("else\\s+0+(?:\\.0+)?\\s*%")) {
        break;
      }
      String[] sides = part.split("\\s*(?:→|->)\\s*");
      if (sides.length != 2 || !sides[1].endsWith("%")) {
        throw new IllegalArgumentException(
            "tiers must look like '≥ 90% → 100%, ≥ 80% → 80%, else 0%': " + text);
      }
      try {
        BigDecimal share = new BigDecimal(sides[1].substring(0, sides[1].length() - 1).strip()).movePointLeft(2);
        list.add(Tier.of(Target.parse(sides[0]), share));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "tiers must look like '≥ 90% → 100%, ≥ 80% → 80%, else 0%': " + text, e);
      }
    }
    return new Tiers(list);
  }

  /** The first tier {@code rate} meets, if any; empty too when the rate has no value. */
  public Optional<Tier> tierOf(Rate rate) {
    Objects.requireNonNull(rate, "rate");
    for (Tier tier : tiers) {
      if (Attainment.of(rate, tier.cutOff()).isMet()) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  /** How the cut-offs compare: all floors or all ceilings. */
  public Comparison comparison() {
    return tiers.get(0).cutOff().comparison();
  }

  static BigDecimal plainPercent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  /** For example {@code ≥ 90% → 100%, ≥ 80% → 80%, else 0%}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Tier tier : tiers) {
      b.append(tier).append(", ");
    }
    return b.append("else 0%").toString();
  }
}
