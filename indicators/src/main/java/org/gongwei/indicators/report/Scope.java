package org.gongwei.indicators.report;

import java.util.Objects;
import java.util.function.Predicate;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.indicators.engine.Cell;

/**
 * What a report covers: the whole bundle, one institution with the institutions below it, or a
 * region (any level of the region code).
 */
public final class Scope {
  /** The kinds of scope. */
  public enum Kind {
    /** Everything in the bundle. */
    ALL,
    /** An institution and the institutions below it in the tree. */
    INSTITUTION,
    /** Residents (and institutions' events) within a region code. */
    REGION
  }

  private static final Scope ALL = new Scope(Kind.ALL, "");

  private final Kind kind;
  private final String code;

  private Scope(Kind kind, String code) {
    this.kind = kind;
    this.code = code;
  }

  /** The whole bundle. */
  public static Scope all() {
    return ALL;
  }

  /** An institution and the institutions below it. */
  public static Scope institution(String institutionCode) {
    Objects.requireNonNull(institutionCode, "institutionCode");
    if (institutionCode.isBlank()) {
      throw new IllegalArgumentException("institutionCode must not be blank");
    }
    return new Scope(Kind.INSTITUTION, institutionCode.strip());
  }

  /** A region. */
  public static Scope region(RegionCode region) {
    return new Scope(Kind.REGION, Objects.requireNonNull(region, "region").code());
  }

  /**
   * The scope a user means by {@code code}: an institution when the tree has one with this code,
   * otherwise a region code, otherwise an error naming the code.
   */
  public static Scope of(String code, InstitutionTree tree) {
    Objects.requireNonNull(code, "code");
    if (tree.institution(code.strip()).isPresent()) {
      return institution(code);
    }
    if (RegionCode.isValid(code)) {
      return region(RegionCode.parse(code));
    }
    throw new IllegalArgumentException(
        "'" + code + "' is neither an institution code of the bundle nor a region code");
  }

  public Kind kind() {
    return kind;
  }

  /** The institution or region code; empty for {@link Kind#ALL}. */
  public String code() {
    return code;
  }

  /** Which cells this scope covers. */
  public Predicate<Cell> cells(InstitutionTree tree) {
    Objects.requireNonNull(tree, "tree");
    switch (kind) {
      case INSTITUTION:
        return c -> tree.isWithin(c.institutionCode(), code);
      case REGION:
        RegionCode region = RegionCode.parse(code);
        return c -> RegionCode.isValid(c.regionCode()) && region.contains(RegionCode.parse(c.regionCode()));
      default:
        return c -> true;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope && ((Scope) o).kind == kind && ((Scope) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, code);
  }

  /** {@code all}, {@code institution 430321101} or {@code region 430321}. */
  @Override
  public String toString() {
    return kind == Kind.ALL ? "all" : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + code;
  }
}
