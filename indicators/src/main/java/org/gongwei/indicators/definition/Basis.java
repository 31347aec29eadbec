package org.gongwei.indicators.definition;

/** What an indicator counts, and so how it is evaluated and drilled into (design.md). */
public enum Basis {
  /**
   * Residents, or items of a resident's own view (vaccine doses, pregnancies, TB courses,
   * contracts): evaluated per resident, with drill-down to resident ids and reasons.
   */
  PERSON,
  /**
   * Records not belonging to a resident's view (infectious cases, emergency events, supervision
   * leads and patrols, satisfaction surveys): evaluated per event.
   */
  EVENT,
  /** Institutions, e.g. the health-education checklist HE-01. */
  INSTITUTION,
  /** Aggregate figures supplied as inputs (visit totals, numbers of doctors, survey results). */
  AGGREGATE
}
