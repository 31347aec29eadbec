package org.gongwei.indicators.colour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.gongwei.core.code.Condition;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.report.TextTable;

/**
 * The movements of patients between colours from one {@link ColourCensus} to a later one, per
 * condition: a 4 × 4 matrix over {@link ColourState} (not managed, green, yellow, red) whose cell
 * (from, to) counts the patients in state {@code from} in the earlier census and {@code to} in the
 * later one, with the resident ids behind every cell.
 *
 * <p>Only residents graded in at least one of the two censuses appear: the cell (not managed, not
 * managed) is always empty. A resident newly managed in the later period is in row {@code
 * NOT_MANAGED}; one no longer managed (ended, died, moved) is in column {@code NOT_MANAGED}. The
 * cells of a row add up to the earlier census's count of that colour, the cells of a column to the
 * later one's.
 *
 * <p>Immutable.
 */
public final class ColourTransitions {
  private static final List<Condition> CONDITIONS = List.of(Condition.HYPERTENSION, Condition.TYPE2_DIABETES);
  private static final int N = ColourState.values().length;

  private final ReportingPeriod earlier;
  private final ReportingPeriod later;
  private final Map<Condition, List<List<List<String>>>> cells;

  private ColourTransitions(
      ReportingPeriod earlier, ReportingPeriod later, Map<Condition, List<List<List<String>>>> cells) {
    this.earlier = earlier;
    this.later = later;
    this.cells = cells;
  }

  /** The transitions from {@code earlier} to {@code later}. */
  public static ColourTransitions between(ColourCensus earlier, ColourCensus later) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Map<Condition, List<List<List<String>>>> cells = new EnumMap<>(Condition.class);
    for (Condition c : CONDITIONS) {
      TreeSet<String> ids = new TreeSet<>();
      for (ColouredPatient p : earlier.patients(c)) {
        ids.add(p.residentId());
      }
      for (ColouredPatient p : later.patients(c)) {
        ids.add(p.residentId());
      }
      List<List<List<String>>> matrix = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        List<List<String>> row = new ArrayList<>();
        for (int j = 0; j < N; j++) {
          row.add(new ArrayList<>());
        }
        matrix.add(row);
      }
      for (String id : ids) {
        ColourState from = state(earlier.patient(id, c));
        ColourState to = state(later.patient(id, c));
        matrix.get(from.ordinal()).get(to.ordinal()).add(id);
      }
      List<List<List<String>>> frozen = new ArrayList<>();
      for (List<List<String>> row : matrix) {
        List<List<String>> r = new ArrayList<>();
        for (List<String> cell : row) {
          r.add(Collections.unmodifiableList(cell));
        }
        frozen.add(Collections.unmodifiableList(r));
      }
      cells.put(c, Collections.unmodifiableList(frozen));
    }
    return new ColourTransitions(earlier.period(), later.period(), cells);
  }

  private static ColourState state(Optional<ColouredPatient> p) {
    return p.map(x -> ColourState.of(x.colour())).orElse(ColourState.NOT_MANAGED);
  }

  /** The period of the earlier census. */
  public ReportingPeriod earlierPeriod() {
    return earlier;
  }

  /** The period of the later census. */
  public ReportingPeriod laterPeriod() {
    return later;
  }

  /** The number of patients of {@code condition} that went from {@code from} to {@code to}. */
  public long count(Condition condition, ColourState from, ColourState to) {
    return residentIds(condition, from, to).size();
  }

  /**
   * The resident ids, sorted, of the patients of {@code condition} that went from {@code from} to
   * {@code to}: the drill-down of a cell.
   *
   * @throws IllegalArgumentException if {@code condition} is neither hypertension nor type 2
   *     diabetes
   */
  public List<String> residentIds(Condition condition, ColourState from, ColourState to) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<List<List<String>>> m = cells.get(condition);
    if (m == null) {
      throw new IllegalArgumentException("condition must be HYPERTENSION or TYPE2_DIABETES: " + condition);
    }
    return m.get(from.ordinal()).get(to.ordinal());
  }

  /** The patients of {@code condition} whose colour got worse (green → yellow or red, yellow → red). */
  public long worsened(Condition condition) {
    return count(condition, ColourState.GREEN, ColourState.YELLOW)
        + count(condition, ColourState.GREEN, ColourState.RED)
        + count(condition, ColourState.YELLOW, ColourState.RED);
  }

  /** The patients of {@code condition} whose colour got better (red → yellow or green, yellow → green). */
  public long improved(Condition condition) {
    return count(condition, ColourState.RED, ColourState.YELLOW)
        + count(condition, ColourState.RED, ColourState.GREEN)
        + count(condition, ColourState.YELLOW, ColourState.GREEN);
  }

  /** The matrix of {@code condition} as an aligned table: rows the earlier state, columns the later. */
  public String toTable(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    TextTable t = TextTable.of(earlier + " \\ " + later, "NOT_MANAGED>", "GREEN>", "YELLOW>", "RED>");
    for (ColourState from : ColourState.values()) {
      String[] row = new String[N + 1];
      row[0] = from.name();
      for (ColourState to : ColourState.values()) {
        row[to.ordinal() + 1] = Long.toString(count(condition, from, to));
      }
      t.row((Object[]) row);
    }
    return t.toString();
  }

  /** For example {@code ColourTransitions[2023 → 2024, HYPERTENSION 3 improved, 1 worsened, …]}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ColourTransitions[").append(earlier).append(" → ").append(later);
    for (Condition c : CONDITIONS) {
      b.append(", ").append(c).append(' ').append(improved(c)).append(" improved, ").append(worsened(c))
          .append(" worsened");
    }
    return b.append(']').toString();
  }
}
