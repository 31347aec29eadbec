package org.gongwei.indicators.points;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A health points scheme (健康积分规则): at most one {@link PointsRule} per {@link Behaviour}, and
 * the calendar period over which the caps count. A behaviour without a rule earns nothing.
 * Immutable.
 *
 * <pre>{@code
 * PointsScheme scheme = PointsScheme.of(CapPeriod.YEAR,
 *     PointsRule.of(Behaviour.FACE_TO_FACE_FOLLOW_UP, 10, Cap.times(4)),
 *     PointsRule.of(Behaviour.ANNUAL_CHECKUP, 30, Cap.times(1)),
 *     PointsRule.of(Behaviour.LECTURE_ATTENDED, 5, Cap.points(50)));
 * }</pre>
 */
public final class PointsScheme {
  private final CapPeriod capPeriod;
  private final EnumMap<Behaviour, PointsRule> rules;

  private PointsScheme(CapPeriod capPeriod, EnumMap<Behaviour, PointsRule> rules) {
    this.capPeriod = capPeriod;
    this.rules = rules;
  }

  /**
   * A scheme of {@code rules} whose caps count per {@code capPeriod}.
   *
   * @throws IllegalArgumentException if two rules have the same behaviour
   */
  public static PointsScheme of(CapPeriod capPeriod, PointsRule... rules) {
    return of(capPeriod, Arrays.asList(rules));
  }

  /**
   * A scheme of {@code rules} whose caps count per {@code capPeriod}.
   *
   * @throws IllegalArgumentException if two rules have the same behaviour
   */
  public static PointsScheme of(CapPeriod capPeriod, Collection<PointsRule> rules) {
    Objects.requireNonNull(capPeriod, "capPeriod");
    Objects.requireNonNull(rules, "rules");
    EnumMap<Behaviour, PointsRule> m = new EnumMap<>(Behaviour.class);
    for (PointsRule r : rules) {
      Objects.requireNonNull(r, "rule");
      if (m.put(r.behaviour(), r) != null) {
        throw new IllegalArgumentException("rules: two rules for " + r.behaviour());
      }
    }
    return new PointsScheme(capPeriod, m);
  }

  /** The period over which caps count. */
  public CapPeriod capPeriod() {
    return capPeriod;
  }

  /** The rules, in the order of {@link Behaviour}. */
  public List<PointsRule> rules() {
    return Collections.unmodifiableList(new ArrayList<>(rules.values()));
  }

  /** The rule of {@code behaviour}; empty when the behaviour earns nothing in this scheme. */
  public Optional<PointsRule> rule(Behaviour behaviour) {
    Objects.requireNonNull(behaviour, "behaviour");
    return Optional.ofNullable(rules.get(behaviour));
  }

  /** This scheme with {@code rule} added, replacing the rule of the same behaviour if any. */
  public PointsScheme withRule(PointsRule rule) {
    Objects.requireNonNull(rule, "rule");
    EnumMap<Behaviour, PointsRule> m = new EnumMap<>(rules);
    m.put(rule.behaviour(), rule);
    return new PointsScheme(capPeriod, m);
  }

  /** This scheme without a rule for {@code behaviour}. */
  public PointsScheme withoutRule(Behaviour behaviour) {
    Objects.requireNonNull(behaviour, "behaviour");
    EnumMap<Behaviour, PointsRule> m = new EnumMap<>(rules);
    m.remove(behaviour);
    return new PointsScheme(capPeriod, m);
  }

  /** This scheme with caps counted per {@code period}. */
  public PointsScheme withCapPeriod(CapPeriod period) {
    return new PointsScheme(Objects.requireNonNull(period, "period"), rules);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PointsScheme)) {
      return false;
    }
    PointsScheme s = (PointsScheme) o;
    return capPeriod == s.capPeriod && rules.equals(s.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capPeriod, rules);
  }

  /** For example {@code PointsScheme[caps per YEAR: ANNUAL_CHECKUP → 30 points, at most 1 time]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (PointsRule r : rules.values()) {
      parts.add(r.toString());
    }
    return "PointsScheme[caps per " + capPeriod + ": " + String.join("; ", parts) + "]";
  }
}
