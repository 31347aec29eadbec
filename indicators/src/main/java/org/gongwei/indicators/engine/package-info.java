/**
 * The evaluation engine: person-based indicators evaluated per resident and event-based
 * indicators per event, summed into mergeable {@link org.gongwei.indicators.engine.Tally tallies}
 * (design.md, evaluation model).
 *
 * <p>An indicator implements {@link org.gongwei.indicators.engine.PersonIndicator} or {@link
 * org.gongwei.indicators.engine.EventIndicator}: a pure function of one resident (or the events),
 * the period and the rulebook that reports, for each of its {@link
 * org.gongwei.indicators.engine.Measure measures}, what the subject adds to the numerator and
 * the denominator, with a {@link org.gongwei.indicators.engine.Reason reason} in words. Counting,
 * drill-down and explanations all call the same function, so they cannot disagree.
 */
package org.gongwei.indicators.engine;
