/**
 * JSON files of evaluation standards: capability standards ({@link
 * org.gongwei.io.standard.CapabilityStandardJson}), assessments against them ({@link
 * org.gongwei.io.standard.AssessmentJson}) and performance scorecards ({@link
 * org.gongwei.io.standard.ScorecardJson}), read with Jackson's tree model and mapped explicitly,
 * so that every problem is reported with its JSON path ({@link
 * org.gongwei.io.standard.JsonContentException}).
 *
 * <p>The illustration files shipped here ({@code capability-illustration.json}, {@code
 * scorecard-illustration.json}) are examples of the format, not official texts.
 */
package org.gongwei.io.standard;
