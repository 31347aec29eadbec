package org.gongwei.indicators.capability;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An assessment of one institution against a {@link CapabilityStandard}: which items are met,
 * and for items not met, optionally a partial score (a met item earns the item's full score; an
 * item neither met nor partly scored earns 0).
 *
 * @param institution the institution's code or name
 * @param met the ids of the items met
 * @param partialScores item id → points earned by an item that is not met (at least 0, and at most
 *     the item's score, which {@link CapabilityStandard#assess} checks)
 */
public record Assessment(String institution, Set<String> met, Map<String, BigDecimal> partialScores) {

  /**
   * An assessment.
   *
   * @throws IllegalArgumentException if the institution is blank, a partial score is negative, or
   *     an item is both met and partly scored (named)
   */
  public Assessment {
    Objects.requireNonNull(institution, "institution");
    met = ImmutableSortedSet.copyOf(Objects.requireNonNull(met, "met"));
    partialScores = ImmutableSortedMap.copyOf(Objects.requireNonNull(partialScores, "partialScores"));
    if (institution.isBlank()) {
      throw new IllegalArgumentException("institution must not be blank");
    }
    for (Map.Entry<String, BigDecimal> e : partialScores.entrySet()) {
      if (e.getValue().signum() < 0) {
        throw new IllegalArgumentException(
            institution + ": partial score of item " + e.getKey() + " must be >= 0: " + e.getValue().toPlainString());
      }
      if (met.contains(e.getKey())) {
        throw new IllegalArgumentException(
            institution + ": item " + e.getKey() + " is met and must not have a partial score as well");
      }
    }
  }

  /** The assessment of an institution meeting the items {@code met}, without partial scores. */
  public static Assessment of(String institution, Collection<String> met) {
    return new Assessment(institution, Set.copyOf(Objects.requireNonNull(met, "met")), Map.of());
  }

  /** The same assessment with a partial score for an item that is not met. */
  public Assessment withPartialScore(String itemId, BigDecimal score) {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(score, "score");
    Map<String, BigDecimal> copy = new TreeMap<>(partialScores);
    copy.put(itemId, score);
    return new Assessment(institution, met, copy);
  }

  /** Whether the item is met. */
  public boolean isMet(String itemId) {
    return met.contains(itemId);
  }

  /** For example {@code T1: 10 items met, 2 partly}. */
  @Override
  public String toString() {
    return institution + ": " + met.size() + (met.size() == 1 ? " item" : " items") + " met"
        + (partialScores.isEmpty() ? "" : ", " + partialScores.size() + " partly");
  }
}
