package org.gongwei.indicators.capability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A capability standard (服务能力标准, e.g. the 2022 standards for township health centres and
 * community health service centres used by 优质服务基层行): chapters of items, each basic (★) or
 * recommended (☆) and worth a score, and the two score thresholds, all data (indicators.md §15).
 *
 * <p>An institution reaches the <b>basic standard</b> when every ★ item is met and its score ≥ the
 * basic threshold, and the <b>recommended standard</b> when every ★ and ☆ item is met and its
 * score ≥ the recommended threshold. Its score = the scores of the items met + the partial scores
 * of items not met.
 *
 * @param name the standard's name
 * @param chapters the chapters, at least one, with unique chapter ids and unique item ids
 * @param basicThreshold the score needed for the basic standard
 * @param recommendedThreshold the score needed for the recommended standard
 */
public record CapabilityStandard(
    String name, List<Chapter> chapters, BigDecimal basicThreshold, BigDecimal recommendedThreshold) {

  /**
   * A standard.
   *
   * @throws IllegalArgumentException if the name is blank, there are no chapters, a chapter or item
   *     id repeats (named), or the thresholds are not 0 ≤ basic ≤ recommended ≤ the full score
   */
  public CapabilityStandard {
    Objects.requireNonNull(name, "name");
    chapters = List.copyOf(Objects.requireNonNull(chapters, "chapters"));
    Objects.requireNonNull(basicThreshold, "basicThreshold");
    Objects.requireNonNull(recommendedThreshold, "recommendedThreshold");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException(name + ": chapters must not be empty");
    }
    Set<String> chapterIds = new HashSet<>();
    Set<String> itemIds = new HashSet<>();
    BigDecimal full = BigDecimal.ZERO;
    for (Chapter c : chapters) {
      if (!chapterIds.add(c.id())) {
        throw new IllegalArgumentException(name + ": duplicate chapter id " + c.id());
      }
      for (CapabilityItem i : c.items()) {
        if (!itemIds.add(i.id())) {
          throw new IllegalArgumentException(name + ": duplicate item id " + i.id());
        }
        full = full.add(i.score());
      }
    }
    if (basicThreshold.signum() < 0) {
      throw new IllegalArgumentException(name + ": basicThreshold must be >= 0: " + basicThreshold.toPlainString());
    }
    if (recommendedThreshold.compareTo(basicThreshold) < 0) {
      throw new IllegalArgumentException(
          name + ": recommendedThreshold " + recommendedThreshold.toPlainString() + " must not be below basicThreshold "
              + basicThreshold.toPlainString());
    }
    if (recommendedThreshold.compareTo(full) > 0) {
      throw new IllegalArgumentException(
          name + ": recommendedThreshold " + recommendedThreshold.toPlainString() + " is above the full score "
              + full.toPlainString());
    }
  }

  /** A standard. */
  public static CapabilityStandard of(
      String name, List<Chapter> chapters, BigDecimal basicThreshold, BigDecimal recommendedThreshold) {
    return new CapabilityStandard(name, chapters, basicThreshold, recommendedThreshold);
  }

  /** Every item, chapter by chapter. */
  public List<CapabilityItem> items() {
    List<CapabilityItem> all = new ArrayList<>();
    chapters.forEach(c -> all.addAll(c.items()));
    return List.copyOf(all);
  }

  /** The items of one level, in order. */
  public List<CapabilityItem> items(ItemLevel level) {
    Objects.requireNonNull(level, "level");
    return items().stream().filter(i -> i.level() == level).toList();
  }

  /** The item with {@code id}, if any. */
  public Optional<CapabilityItem> item(String id) {
    Objects.requireNonNull(id, "id");
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The sum of the item scores. */
  public BigDecimal fullScore() {
    return items().stream().map(CapabilityItem::score).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The score needed for a level: 0 for {@link CapabilityLevel#NOT_REACHED}. */
  public BigDecimal threshold(CapabilityLevel level) {
    Objects.requireNonNull(level, "level");
    switch (level) {
      case BASIC_STANDARD:
        return basicThreshold;
      case RECOMMENDED_STANDARD:
        return recommendedThreshold;
      default:
        return BigDecimal.ZERO;
    }
  }

  /**
   * The level {@code assessment} reaches, with its score and what blocks the next level.
   *
   * @throws IllegalArgumentException naming the item if the assessment names an item the standard
   *     does not have, or gives a partial score above the item's score
   */
  public CapabilityResult assess(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    Set<String> known = new HashSet<>();
    items().forEach(i -> known.add(i.id()));
    for (String id : assessment.met()) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException(assessment.institution() + ": met item " + id + " is not an item of " + name);
      }
    }
    for (Map.Entry<String, BigDecimal> e : assessment.partialScores().entrySet()) {
      CapabilityItem item =
          item(e.getKey())
              .orElseThrow(
                  () -> new IllegalArgumentException(
                      assessment.institution() + ": partly scored item " + e.getKey() + " is not an item of " + name));
      if (e.getValue().compareTo(item.score()) > 0) {
        throw new IllegalArgumentException(
            assessment.institution() + ": partial score " + e.getValue().toPlainString() + " of item " + item.id()
                + " is above its score " + item.score().toPlainString());
      }
    }
    return new CapabilityResult(this, assessment);
  }

  /** For example {@code 乡镇卫生院服务能力标准（示例） (3 chapters, 12 items, basic ≥ 60, recommended ≥ 80)}. */
  @Override
  public String toString() {
    return name + " (" + chapters.size() + " chapters, " + items().size() + " items, basic ≥ "
        + basicThreshold.toPlainString() + ", recommended ≥ " + recommendedThreshold.toPlainString() + ")";
  }
}
