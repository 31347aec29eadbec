package org.gongwei.indicators.capability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The level one institution reaches on a {@link CapabilityStandard}: its score, the level, and
 * for the next level up the items that block it and the score still missing.
 *
 * <p>Made by {@link CapabilityStandard#assess}. Immutable.
 */
public final class CapabilityResult {
  private final CapabilityStandard standard;
  private final Assessment assessment;
  private final BigDecimal score;
  private final CapabilityLevel level;

  CapabilityResult(CapabilityStandard standard, Assessment assessment) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    this.score = standard.items().stream().map(this::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
    CapabilityLevel reached = CapabilityLevel.NOT_REACHED;
    for (CapabilityLevel l : List.of(CapabilityLevel.BASIC_STANDARD, CapabilityLevel.RECOMMENDED_STANDARD)) {
      if (blockingItems(l).isEmpty() && score.compareTo(standard.threshold(l)) >= 0) {
        reached = l;
      }
    }
    this.level = reached;
  }

  public CapabilityStandard standard() {
    return standard;
  }

  public Assessment assessment() {
    return assessment;
  }

  /** The institution assessed. */
  public String institution() {
    return assessment.institution();
  }

  /** The score: the scores of the items met plus the partial scores. */
  public BigDecimal score() {
    return score;
  }

  /** The level reached. */
  public CapabilityLevel level() {
    return level;
  }

  /** The points an item earned: its score when met, its partial score if any, else 0. */
  public BigDecimal earned(CapabilityItem item) {
    Objects.requireNonNull(item, "item");
    if (assessment.isMet(item.id())) {
      return item.score();
    }
    return assessment.partialScores().getOrDefault(item.id(), BigDecimal.ZERO);
  }

  /** The items of {@code level} not met, in order. */
  public List<CapabilityItem> unmet(ItemLevel itemLevel) {
    Objects.requireNonNull(itemLevel, "itemLevel");
    return standard.items(itemLevel).stream().filter(i -> !assessment.isMet(i.id())).toList();
  }

  /**
   * The unmet items required for {@code target}: the ★ items for the basic standard, the ★ and
   * ☆ items for the recommended one, none for {@link CapabilityLevel#NOT_REACHED}.
   */
  public List<CapabilityItem> blockingItems(CapabilityLevel target) {
    Objects.requireNonNull(target, "target");
    return standard.items().stream()
        .filter(i -> !assessment.isMet(i.id()))
        .filter(i -> target == CapabilityLevel.RECOMMENDED_STANDARD
            || (target == CapabilityLevel.BASIC_STANDARD && i.level() == ItemLevel.BASIC))
        .toList();
  }

  /** The points still missing for {@code target}: its threshold − the score, at least 0. */
  public BigDecimal scoreGap(CapabilityLevel target) {
    BigDecimal gap = standard.threshold(target).subtract(score);
    return gap.signum() > 0 ? gap : BigDecimal.ZERO;
  }

  /** The next level up; empty at the recommended standard. */
  public Optional<CapabilityLevel> nextLevel() {
    return level.next();
  }

  /** The unmet items that block the next level (empty at the recommended standard). */
  public List<CapabilityItem> blockingItems() {
    return nextLevel().map(this::blockingItems).orElse(List.of());
  }

  /** The points missing for the next level; empty at the recommended standard. */
  public Optional<BigDecimal> scoreGap() {
    return nextLevel().map(this::scoreGap);
  }

  /**
   * For example {@code T1: 基本标准 (BASIC_STANDARD), score 78 of 100; for 推荐标准: ☆ 3.2, ☆ 3.3
   * unmet, 2 points short}.
   */
  @Override
  public String toString() {
    String head = institution() + ": " + level.label() + " (" + level + "), score " + score.toPlainString() + " of "
        + standard.fullScore().toPlainString();
    return nextLevel()
        .map(
            next -> {
              List<CapabilityItem> blocking = blockingItems(next);
              BigDecimal gap = scoreGap(next);
              String items = blocking.isEmpty()
                  ? "every required item met"
                  : blocking.stream().map(i -> i.level().symbol() + " " + i.id()).collect(Collectors.joining(", ")) + " unmet";
              return head + "; for " + next.label() + ": " + items
                  + (gap.signum() > 0 ? ", " + gap.toPlainString() + " points short" : ", score enough");
            })
        .orElse(head);
  }
}
