package org.gongwei.indicators.engine;

import java.util.List;
import java.util.Objects;

/**
 * The subjects behind one measure in one stratum: who is in the denominator, who in the
 * numerator, and why each one in the denominator but not the numerator is not.
 *
 * @param measure the measure
 * @param members every subject that adds to the numerator or the denominator, in input order
 */
public record DrillDown(Measure measure, List<Evaluation> members) {

  /** Checks the components and copies the list. */
  public DrillDown {
    Objects.requireNonNull(measure, "measure");
    members = List.copyOf(members);
  }

  /** The ids of the subjects in the denominator. */
  public List<String> denominatorIds() {
    return members.stream().filter(e -> e.denominator() > 0).map(Evaluation::subjectId).toList();
  }

  /** The ids of the subjects in the numerator. */
  public List<String> numeratorIds() {
    return members.stream().filter(e -> e.numerator() > 0).map(Evaluation::subjectId).toList();
  }

  /** The subjects in the denominator and not in the numerator, each with its reason. */
  public List<Evaluation> shortfalls() {
    return members.stream().filter(e -> e.membership() == Membership.DENOMINATOR_ONLY).toList();
  }

  /** The counts the members add up to. */
  public Counts counts() {
    long n = 0;
    long d = 0;
    for (Evaluation e : members) {
      n += e.numerator();
      d += e.denominator();
    }
    return new Counts(n, d);
  }

  @Override
  public String toString() {
    return "DrillDown[" + measure.id() + ", " + counts() + ", " + shortfalls().size() + " short]";
  }
}
