/**
 * Indicator definitions: what each indicator of indicators.md §1–§14 counts, in which unit, from
 * which source and under which rulebook knobs ({@link
 * org.gongwei.indicators.definition.IndicatorDefinition}), and the national catalogue of them
 * ({@link org.gongwei.indicators.definition.Catalogue}).
 *
 * <p>Definitions are descriptive data; the calculators that evaluate them live elsewhere.
 */
package org.gongwei.indicators.definition;
