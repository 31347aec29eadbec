/**
 * The rulebook: every setting ({@link org.gongwei.indicators.rulebook.Knob knob}) that
 * indicators.md leaves open, with the national defaults ({@code national-2017}), the targets of
 * §16 and the age bands for stratification.
 *
 * <p>A province or vendor changes a knob with the {@code withX} methods of {@link
 * org.gongwei.indicators.rulebook.Rulebook} or from a JSON rulebook file whose keys are {@link
 * org.gongwei.indicators.rulebook.Knob#key()}.
 */
package org.gongwei.indicators.rulebook;
