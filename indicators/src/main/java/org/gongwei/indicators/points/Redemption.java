package org.gongwei.indicators.points;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link Ledger#redeem}: accepted, with the new ledger and its entry, or refused,
 * with the reason and the ledger unchanged.
 *
 * @param ledger the ledger after the redemption (the same ledger when refused)
 * @param entry the redemption's entry, when accepted
 * @param refusal why the redemption was refused, when refused
 */
public record Redemption(Ledger ledger, Optional<LedgerEntry> entry, Optional<String> refusal) {

  /**
   * Checks that exactly one of the entry and the refusal is present.
   *
   * @throws IllegalArgumentException otherwise
   */
  public Redemption {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(refusal, "refusal");
    if (entry.isPresent() == refusal.isPresent()) {
      throw new IllegalArgumentException("a redemption has either an entry or a refusal");
    }
  }

  /** Whether the redemption was accepted. */
  public boolean isAccepted() {
    return entry.isPresent();
  }

  /** For example {@code accepted: 2024-06-01 REDEEMED 血压计 -50} or {@code refused: balance 30 …}. */
  @Override
  public String toString() {
    return entry.map(e -> "accepted: " + e).orElseGet(() -> "refused: " + refusal.orElseThrow());
  }
}
