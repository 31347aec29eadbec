package org.gongwei.indicators.definition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of indicator definitions with unique ids; {@link #national()} is the catalogue
 * of indicators.md §1–§14.
 */
public final class Catalogue {
  private static final Catalogue NATIONAL = of(NationalDefinitions.all());

  private final ImmutableList<IndicatorDefinition> all;
  private final ImmutableMap<String, IndicatorDefinition> byId;

  private Catalogue(ImmutableList<IndicatorDefinition> all, ImmutableMap<String, IndicatorDefinition> byId) {
    this.all = all;
    this.byId = byId;
  }

  /**
   * A catalogue of {@code definitions} in the given order.
   *
   * @throws IllegalArgumentException naming the id if two definitions share it
   */
  public static Catalogue of(Collection<IndicatorDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions");
    Map<String, IndicatorDefinition> index = new LinkedHashMap<>();
    for (IndicatorDefinition d : definitions) {
      Objects.requireNonNull(d, "definitions: element");
      if (index.putIfAbsent(d.id(), d) != null) {
        throw new IllegalArgumentException("duplicate indicator id: " + d.id());
      }
    }
    return new Catalogue(ImmutableList.copyOf(index.values()), ImmutableMap.copyOf(index));
  }

  /**
   * The national catalogue: the 44 indicators of indicators.md §1–§14 (EHR-01 … PC-03) in
   * document order.
   */
  public static Catalogue national() {
    return NATIONAL;
  }

  /** Every definition, in order. */
  public List<IndicatorDefinition> all() {
    return all;
  }

  /** The definition with {@code id} (exact, e.g. {@code HTN-01}), if any. */
  public Optional<IndicatorDefinition> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /** The definitions of {@code category}, in order. */
  public List<IndicatorDefinition> inCategory(Category category) {
    Objects.requireNonNull(category, "category");
    return all.stream()
        .filter(d -> d.category() == category)
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of definitions. */
  public int size() {
    return all.size();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Catalogue && all.equals(((Catalogue) o).all));
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  /** For example {@code Catalogue[44 indicators: EHR-01 … PC-03]}. */
  @Override
  public String toString() {
    if (all.isEmpty()) {
      return "Catalogue[0 indicators]";
    }
    return "Catalogue[" + all.size() + " indicators: " + all.get(0).id()
        + (all.size() > 1 ? " … " + all.get(all.size() - 1).id() : "") + "]";
  }
}
