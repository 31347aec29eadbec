package org.gongwei.core.institution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The institution tree of a bundle: each institution with its parent (上级机构) and children,
 * for rolling counts up from village clinics to township centres and the county.
 *
 * <p>Robust to bad data: a parent code that names no institution ends the chain, and a cycle of
 * parents is cut where it closes (validation reports both). Immutable.
 */
public final class InstitutionTree {
  private final Map<String, Institution> byCode;
  private final Map<String, List<String>> ancestors;
  private final Map<String, List<String>> children;

  private InstitutionTree(Map<String, Institution> byCode) {
    this.byCode = byCode;
    Map<String, List<String>> up = new HashMap<>();
    Map<String, List<String>> down = new HashMap<>();
    for (Institution i : byCode.values()) {
      List<String> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      seen.add(i.code());
      Optional<String> parent = i.parentCode();
      while (parent.isPresent() && byCode.containsKey(parent.get()) && seen.add(parent.get())) {
        chain.add(parent.get());
        parent = byCode.get(parent.get()).parentCode();
      }
      up.put(i.code(), List.copyOf(chain));
      i.parentCode()
          .filter(byCode::containsKey)
          .filter(p -> !p.equals(i.code()))
          .ifPresent(p -> down.computeIfAbsent(p, k -> new ArrayList<>()).add(i.code()));
    }
    this.ancestors = Collections.unmodifiableMap(up);
    Map<String, List<String>> frozen = new HashMap<>();
    down.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.children = Collections.unmodifiableMap(frozen);
  }

  /** The tree of these institutions (the first of duplicated codes is kept). */
  public static InstitutionTree of(Collection<Institution> institutions) {
    Objects.requireNonNull(institutions, "institutions");
    Map<String, Institution> byCode = new LinkedHashMap<>();
    for (Institution i : institutions) {
      byCode.putIfAbsent(i.code(), i);
    }
    return new InstitutionTree(Collections.unmodifiableMap(byCode));
  }

  /** The institution with this code. */
  public Optional<Institution> institution(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /** Every institution, in the order given. */
  public Collection<Institution> institutions() {
    return byCode.values();
  }

  /** The parent, grandparent … of an institution, nearest first; empty for a root or an unknown code. */
  public List<String> ancestorsOf(String code) {
    return ancestors.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /** The direct children of an institution. */
  public List<String> childrenOf(String code) {
    return children.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /** Whether {@code code} is {@code ancestor} or lies below it. */
  public boolean isWithin(String code, String ancestor) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(ancestor, "ancestor");
    return code.equals(ancestor) || ancestorsOf(code).contains(ancestor);
  }

  /** The number of institutions. */
  public int size() {
    return byCode.size();
  }

  @Override
  public String toString() {
    return "InstitutionTree[" + byCode.size() + " institutions]";
  }
}
