package org.gongwei.indicators.contract;

import java.util.ArrayList;
import java.util.List;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.engine.Recorder;
import org.gongwei.indicators.engine.Subject;

/**
 * Key-group contract coverage (重点人群签约服务覆盖率), indicators.md §13:
 *
 * <ul>
 *   <li><b>FD-02</b>: residents in the population at the period end who belong to at least one
 *       {@link KeyGroup} and are signed on the period end / residents in the population at the
 *       period end who belong to at least one key group (counted once however many groups);
 *   <li><b>FD-02(g)</b> for every key group g ({@code FD-02(AGED_65_PLUS)}, …, labelled with the
 *       group's Chinese name): the same restricted to group g (a resident counts once in each of
 *       his or her groups).
 * </ul>
 *
 * <p>The denominators always come from the data. "Signed" is as for FD-01 ({@link
 * ContractCoverage}). Knobs: those of the groups' definitions ({@code managedRequiresFollowUp} for
 * the chronic group).
 */
public final class KeyGroupCoverage implements PersonIndicator {
  private static final KeyGroup[] GROUPS = KeyGroup.values();
  private static final List<Measure> MEASURES = measureList();

  /** The indicator. */
  public KeyGroupCoverage() {}

  private static List<Measure> measureList() {
    List<Measure> m = new ArrayList<>();
    m.add(Measure.of("FD-02"));
    for (KeyGroup g : GROUPS) {
      m.add(Measure.part("FD-02", g.name(), g.label()));
    }
    return List.copyOf(m);
  }

  /** The index in {@link #measures()} of the measure {@code FD-02(g)}. */
  public static int measureIndex(KeyGroup group) {
    return 1 + group.ordinal();
  }

  /** FD-02, then FD-02(g) for every key group in the order of {@link KeyGroup}. */
  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(Subject subject, Recorder out) {
    if (!subject.isInPopulationAtEnd()) {
      return;
    }
    int mask = KeyGroup.membership(subject);
    if (mask == 0) {
      return;
    }
    ContractCoverage.record(subject, out, 0);
    for (int g = 0; g < GROUPS.length; g++) {
      if ((mask & (1 << g)) != 0) {
        ContractCoverage.record(subject, out, 1 + g);
      }
    }
  }

  @Override
  public String toString() {
    return "KeyGroupCoverage[FD-02, FD-02(g) for " + GROUPS.length + " groups]";
  }
}
