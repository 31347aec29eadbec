package org.gongwei.indicators.points;

/** The kind of a {@link LedgerEntry}. */
public enum EntryKind {
  /** Points earned for a behaviour, in full. */
  EARNED,
  /**
   * A behaviour over its cap: fewer points than the rule gives (0 for a count cap, what is left
   * of a points cap), with the reason.
   */
  CAPPED,
  /** Points spent on an item. */
  REDEEMED
}
