package org.gongwei.indicators.funding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongwei.indicators.report.TextTable;

/**
 * A budget shared among units by work points corrected by the quality coefficient (工分 × 质量系数,
 * indicators.md §15).
 *
 * <p>Rule: a unit's corrected points = points × coefficient when its coefficient is below the
 * threshold (knob, default 0.85), else its points unchanged; its share = corrected points / the
 * sum of corrected points; its amount = share × budget in yuan with 2 decimals. The amounts add
 * up <em>exactly</em> to the budget by largest-remainder rounding: every unit first gets its exact
 * amount rounded down to the fen, then the fen left over go one each to the units with the largest
 * remainders, ties going to the smaller unit id ({@link String#compareTo}). The result does not
 * depend on the order of the units.
 *
 * <p>Worked example: 100.00 yuan among three units with equal points: each exact amount is
 * 33.333… → 33.33, one fen is left, the remainders tie, so the smallest id gets 33.34: 33.34,
 * 33.33, 33.33.
 *
 * <p>When the corrected points add up to 0 (no units, no points, or every unit with points has a
 * coefficient of 0) a budget above 0 cannot be shared by work and is an error rather than an
 * equal split, which would pay for work nobody recorded; a budget of 0 gives every unit 0.00.
 *
 * <p>Immutable; shares are listed by unit id.
 */
public final class WorkPointAllocation {
  /** The default threshold below which points are corrected: 0.85. */
  public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.85");

  private static final int SHARE_SCALE = 6;

  private final BigDecimal budget;
  private final BigDecimal threshold;
  private final List<UnitShare> shares;

  private WorkPointAllocation(BigDecimal budget, BigDecimal threshold, List<UnitShare> shares) {
    this.budget = budget;
    this.threshold = threshold;
    this.shares = shares;
  }

  /** The allocation of {@code budget} among {@code units} with the default threshold 0.85. */
  public static WorkPointAllocation of(BigDecimal budget, Collection<AllocationUnit> units) {
    return of(budget, units, DEFAULT_THRESHOLD);
  }

  /**
   * The allocation of {@code budget} (yuan, at least 0, at most 2 decimals) among {@code units}
   * (unique ids), correcting the points of units whose coefficient is below {@code threshold}
   * (between 0 and 1).
   *
   * @throws IllegalArgumentException for a bad budget or threshold, a duplicate unit id (named),
   *     or a budget above 0 with corrected points adding up to 0
   */
  public static WorkPointAllocation of(BigDecimal budget, Collection<AllocationUnit> units, BigDecimal threshold) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(threshold, "threshold");
    if (budget.signum() < 0 || budget.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("budget must be >= 0 yuan with at most 2 decimals: " + budget.toPlainString());
    }
    if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold.toPlainString());
    }
    List<AllocationUnit> sorted = new ArrayList<>(units.size());
    Set<String> ids = new HashSet<>();
    for (AllocationUnit u : units) {
      Objects.requireNonNull(u, "units: element");
      if (!ids.add(u.id())) {
        throw new IllegalArgumentException("duplicate unit id: " + u.id());
      }
      sorted.add(u);
    }
    sorted.sort(Comparator.comparing(AllocationUnit::id));
    BigDecimal yuan = budget.setScale(2, RoundingMode.UNNECESSARY);
    return new WorkPointAllocation(yuan, threshold, allocate(yuan, sorted, threshold));
  }

  private static List<UnitShare> allocate(BigDecimal budget, List<AllocationUnit> units, BigDecimal threshold) {
    int n = units.size();
    Correction[] corrections = new Correction[n];
    BigDecimal[] corrected = new BigDecimal[n];
    int scale = 0;
    for (int i = 0; i < n; i++) {
      AllocationUnit u = units.get(i);
      boolean below = u.qualityCoefficient().compareTo(threshold) < 0;
      corrections[i] = below ? Correction.BY_COEFFICIENT : Correction.NONE;
      corrected[i] = below ? u.workPoints().multiply(u.qualityCoefficient()) : u.workPoints();
      scale = Math.max(scale, corrected[i].scale());
    }
    // exact integers: points × 10^scale, budget in fen
    BigInteger[] points = new BigInteger[n];
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      points[i] = corrected[i].setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
      total = total.add(points[i]);
    }
    BigInteger fen = budget.unscaledValue();
    BigInteger[] amounts = new BigInteger[n];
    if (total.signum() == 0) {
      if (fen.signum() != 0) {
        throw new IllegalArgumentException(
            "cannot allocate " + budget.toPlainString() + " yuan by work points: the corrected points of "
                + n + (n == 1 ? " unit" : " units") + " add up to 0");
      }
      Arrays.fill(amounts, BigInteger.ZERO);
    } else {
      // floor of budget × points_i / total, and the remainders (all over the same total)
      BigInteger[] remainders = new BigInteger[n];
      BigInteger left = fen;
      for (int i = 0; i < n; i++) {
        BigInteger[] qr = fen.multiply(points[i]).divideAndRemainder(total);
        amounts[i] = qr[0];
        remainders[i] = qr[1];
        left = left.subtract(qr[0]);
      }
      // units are sorted by id, and the sort is stable: ties go to the smaller id
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
      for (int k = 0; k < left.intValueExact(); k++) {
        int i = order.get(k);
        amounts[i] = amounts[i].add(BigInteger.ONE);
      }
    }
    List<UnitShare> shares = new ArrayList<>(n);
    BigDecimal totalPoints = new BigDecimal(total, scale);
    for (int i = 0; i < n; i++) {
      BigDecimal share = total.signum() == 0
          ? BigDecimal.ZERO.setScale(SHARE_SCALE)
          : corrected[i].divide(totalPoints, SHARE_SCALE, RoundingMode.HALF_UP);
      shares.add(new UnitShare(units.get(i), corrections[i], corrected[i], share, new BigDecimal(amounts[i], 2)));
    }
    return List.copyOf(shares);
  }

  /** The budget, yuan with 2 decimals. */
  public BigDecimal budget() {
    return budget;
  }

  /** The threshold below which a unit's points are multiplied by its coefficient. */
  public BigDecimal threshold() {
    return threshold;
  }

  /** One share per unit, by unit id. */
  public List<UnitShare> shares() {
    return shares;
  }

  /** The share of the unit {@code id}, if it takes part. */
  public Optional<UnitShare> share(String id) {
    Objects.requireNonNull(id, "id");
    return shares.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The sum of the corrected points. */
  public BigDecimal totalCorrectedPoints() {
    return shares.stream().map(UnitShare::correctedPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The shares as an aligned table with a total row. */
  @Override
  public String toString() {
    TextTable t = TextTable.of("Unit", "Points>", "Coefficient>", "Corrected>", "Share>", "Amount>");
    BigDecimal points = BigDecimal.ZERO;
    for (UnitShare s : shares) {
      t.row(
          s.id(),
          s.unit().workPoints().toPlainString(),
          s.unit().qualityCoefficient().toPlainString() + (s.correction() == Correction.BY_COEFFICIENT ? " *" : ""),
          s.correctedPoints().toPlainString(),
          s.share().toPlainString(),
          s.amount().toPlainString());
      points = points.add(s.unit().workPoints());
    }
    t.row("Total", points.toPlainString(), "", totalCorrectedPoints().toPlainString(), "", budget.toPlainString());
    return "Work-point allocation of " + budget.toPlainString() + " yuan (* = points × coefficient, below "
        + threshold.toPlainString() + ")\n" + t;
  }
}
