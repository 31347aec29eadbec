package org.gongwei.indicators.rulebook;

/**
 * Which children form the denominator of the vaccination-certificate rate IMM-01 (建证率): knob
 * {@code certificateCohort}, indicators.md §3.
 */
public enum CertificateCohort {
  /** Children aged 0–6 (under 7 full years) in population at period end (default). */
  CHILDREN_0_6,
  /** Children in population born in the period. */
  BORN_IN_PERIOD
}
