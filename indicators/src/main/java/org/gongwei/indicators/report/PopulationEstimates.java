package org.gongwei.indicators.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.RegionLevel;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.population.PopulationEstimate;
import org.gongwei.indicators.engine.PopulationBase;

/**
 * The population estimates of a bundle ({@code populations.csv}) and the rules that pick the
 * estimate for a scope or stratum (indicators.md conventions, population denominator):
 *
 * <ol>
 *   <li>the row whose {@code scope_code} is the scope's institution code or region code (region
 *       codes compare on their significant form: {@code 430321} = {@code 430321000000});
 *   <li>for the whole bundle, the row of the longest region code shared by all institutions;
 *   <li>failing that, the sum of rows for a set of scopes that together cover every institution
 *       of the scope exactly once (tried in turn: all rows; rows of institution codes; rows of
 *       one region level);
 *   <li>failing that, none: the records are used.
 * </ol>
 *
 * <p>Estimated patients ({@link PopulationBase#HYPERTENSION_ESTIMATE}, {@link
 * PopulationBase#DIABETES_ESTIMATE}) are {@code adult_population × prevalence}, rounded half up
 * to whole persons, row by row. The year of a period is the year of its last day. Immutable.
 */
public final class PopulationEstimates {
  private final List<PopulationEstimate> rows;
  private final InstitutionTree tree;

  private PopulationEstimates(List<PopulationEstimate> rows, InstitutionTree tree) {
    this.rows = rows;
    this.tree = tree;
  }

  /** The estimates of these rows for the institutions of {@code tree}. */
  public static PopulationEstimates of(Collection<PopulationEstimate> rows, InstitutionTree tree) {
    return new PopulationEstimates(List.copyOf(rows), Objects.requireNonNull(tree, "tree"));
  }

  /** No estimates at all. */
  public static PopulationEstimates none() {
    return new PopulationEstimates(List.of(), InstitutionTree.of(List.of()));
  }

  /** Whether there are no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The value of {@code base} in one row, if the row has it. */
  public static OptionalLong valueOf(PopulationEstimate row, PopulationBase base) {
    switch (base) {
      case POPULATION:
        return row.population();
      case AGED_65_PLUS:
        return row.population65Plus();
      case AGED_0_6:
        return row.population0To6();
      case HYPERTENSION_ESTIMATE:
        return patients(row.adultPopulation(), row.hypertensionPrevalence());
      case DIABETES_ESTIMATE:
        return patients(row.adultPopulation(), row.diabetesPrevalence());
      default:
        return OptionalLong.empty();
    }
  }

  private static OptionalLong patients(OptionalLong adults, Optional<BigDecimal> prevalence) {
    if (adults.isEmpty() || prevalence.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        BigDecimal.valueOf(adults.getAsLong()).multiply(prevalence.get()).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** The estimate for the row whose scope code is {@code code} (institution or region), if any. */
  public OptionalLong forCode(String code, int year, PopulationBase base) {
    Objects.requireNonNull(code, "code");
    for (PopulationEstimate row : rows) {
      if (row.year() == year && sameScope(row.scopeCode(), code)) {
        OptionalLong v = valueOf(row, base);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return OptionalLong.empty();
  }

  private static boolean sameScope(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return RegionCode.isValid(a) && RegionCode.isValid(b) && RegionCode.parse(a).sameRegion(RegionCode.parse(b));
  }

  /** The estimate for a scope, by the rules above. */
  public OptionalLong forScope(Scope scope, int year, PopulationBase base) {
    Objects.requireNonNull(scope, "scope");
    if (rows.isEmpty() || base == PopulationBase.NONE) {
      return OptionalLong.empty();
    }
    Set<String> institutions = new LinkedHashSet<>();
    Optional<String> own;
    switch (scope.kind()) {
      case INSTITUTION:
        own = Optional.of(scope.code());
        for (Institution i : tree.institutions()) {
          if (tree.isWithin(i.code(), scope.code())) {
            institutions.add(i.code());
          }
        }
        break;
      case REGION:
        own = Optional.of(scope.code());
        RegionCode region = RegionCode.parse(scope.code());
        for (Institution i : tree.institutions()) {
          if (region.contains(i.regionCode())) {
            institutions.add(i.code());
          }
        }
        break;
      default:
        own = commonRegion();
        for (Institution i : tree.institutions()) {
          institutions.add(i.code());
        }
    }
    if (own.isPresent()) {
      OptionalLong exact = forCode(own.get(), year, base);
      if (exact.isPresent()) {
        return exact;
      }
    }
    return cover(institutions, year, base);
  }

  /** The longest region code (at a level boundary) shared by every institution. */
  private Optional<String> commonRegion() {
    String prefix = null;
    for (Institution i : tree.institutions()) {
      String s = i.regionCode().significant();
      prefix = prefix == null ? s : commonPrefix(prefix, s);
    }
    if (prefix == null) {
      return Optional.empty();
    }
    RegionLevel best = null;
    for (RegionLevel level : RegionLevel.values()) {
      if (level.length() <= prefix.length()) {
        best = level;
      }
    }
    return best == null ? Optional.empty() : Optional.of(prefix.substring(0, best.length()));
  }

  private static String commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return a.substring(0, n);
  }

  /** The sum of rows that cover {@code institutions} exactly once, trying families in turn. */
  private OptionalLong cover(Set<String> institutions, int year, PopulationBase base) {
    if (institutions.isEmpty()) {
      return OptionalLong.empty();
    }
    List<PopulationEstimate> usable = new ArrayList<>();
    for (PopulationEstimate row : rows) {
      if (row.year() == year && valueOf(row, base).isPresent()) {
        usable.add(row);
      }
    }
    List<List<PopulationEstimate>> families = new ArrayList<>();
    families.add(usable);
    families.add(usable.stream().filter(r -> tree.institution(r.scopeCode()).isPresent()).toList());
    for (RegionLevel level : RegionLevel.values()) {
      families.add(
          usable.stream()
              .filter(r -> tree.institution(r.scopeCode()).isEmpty() && RegionCode.isValid(r.scopeCode()))
              .filter(r -> RegionCode.parse(r.scopeCode()).level() == level)
              .toList());
    }
    for (List<PopulationEstimate> family : families) {
      OptionalLong sum = exactCover(family, institutions, base);
      if (sum.isPresent()) {
        return sum;
      }
    }
    return OptionalLong.empty();
  }

  private OptionalLong exactCover(List<PopulationEstimate> family, Set<String> institutions, PopulationBase base) {
    Set<String> covered = new HashSet<>();
    long sum = 0;
    boolean any = false;
    for (PopulationEstimate row : family) {
      Set<String> mine = coverage(row, institutions);
      if (mine.isEmpty()) {
        continue;
      }
      for (String code : mine) {
        if (!covered.add(code)) {
          return OptionalLong.empty(); // covered twice
        }
      }
      sum += valueOf(row, base).getAsLong();
      any = true;
    }
    return any && covered.equals(institutions) ? OptionalLong.of(sum) : OptionalLong.empty();
  }

  private Set<String> coverage(PopulationEstimate row, Set<String> institutions) {
    if (tree.institution(row.scopeCode()).isPresent()) {
      return institutions.contains(row.scopeCode()) ? Set.of(row.scopeCode()) : Set.of();
    }
    if (!RegionCode.isValid(row.scopeCode())) {
      return Set.of();
    }
    RegionCode region = RegionCode.parse(row.scopeCode());
    Set<String> mine = new HashSet<>();
    for (String code : institutions) {
      tree.institution(code).filter(i -> region.contains(i.regionCode())).ifPresent(i -> mine.add(code));
    }
    return mine;
  }

  @Override
  public String toString() {
    return "PopulationEstimates[" + rows.size() + " rows]";
  }
}
