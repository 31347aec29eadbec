package org.gongwei.indicators.points;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a resident's health points account: points earned for a behaviour (with the source
 * reference), a behaviour over its cap (with the reason), or points redeemed (with the item). The
 * points are signed: a balance is the sum of its entries.
 *
 * @param residentId the resident
 * @param kind earned, capped or redeemed
 * @param date the day of the behaviour or the redemption
 * @param behaviour the behaviour, for an earning; empty for a redemption
 * @param reference the source record's reference for an earning, the item for a redemption
 * @param points &gt; 0 when earned, ≥ 0 when capped, &lt; 0 when redeemed
 * @param note why an entry was capped; empty otherwise
 */
public record LedgerEntry(
    String residentId,
    EntryKind kind,
    LocalDate date,
    Optional<Behaviour> behaviour,
    String reference,
    long points,
    Optional<String> note) {

  /**
   * Checks the components against the kind.
   *
   * @throws IllegalArgumentException naming the component that does not fit the kind
   */
  public LedgerEntry {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(note, "note");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("reference must not be blank");
    }
    switch (kind) {
      case EARNED -> {
        require(behaviour.isPresent(), "behaviour of an EARNED entry must be present");
        require(points > 0, "points of an EARNED entry must be positive: " + points);
        require(note.isEmpty(), "note of an EARNED entry must be empty");
      }
      case CAPPED -> {
        require(behaviour.isPresent(), "behaviour of a CAPPED entry must be present");
        require(points >= 0, "points of a CAPPED entry must be 0 or more: " + points);
        require(note.isPresent(), "note of a CAPPED entry must say why");
      }
      case REDEEMED -> {
        require(behaviour.isEmpty(), "behaviour of a REDEEMED entry must be empty");
        require(points < 0, "points of a REDEEMED entry must be negative: " + points);
        require(note.isEmpty(), "note of a REDEEMED entry must be empty");
      }
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Points earned in full. */
  public static LedgerEntry earned(PointsEvent event, long points) {
    Objects.requireNonNull(event, "event");
    return new LedgerEntry(
        event.residentId(), EntryKind.EARNED, event.date(), Optional.of(event.behaviour()), event.reference(), points,
        Optional.empty());
  }

  /** A behaviour over its cap, earning {@code points} (possibly 0) for {@code reason}. */
  public static LedgerEntry capped(PointsEvent event, long points, String reason) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(reason, "reason");
    return new LedgerEntry(
        event.residentId(), EntryKind.CAPPED, event.date(), Optional.of(event.behaviour()), event.reference(), points,
        Optional.of(reason));
  }

  /** {@code points} (positive) spent on {@code item}. */
  public static LedgerEntry redeemed(String residentId, LocalDate date, String item, long points) {
    if (points <= 0) {
      throw new IllegalArgumentException("points to redeem must be positive: " + points);
    }
    return new LedgerEntry(residentId, EntryKind.REDEEMED, date, Optional.empty(), item, -points, Optional.empty());
  }

  /**
   * For example {@code 2024-03-05 EARNED FACE_TO_FACE_FOLLOW_UP F01 +10}, {@code 2024-06-01
   * REDEEMED 血压计 -50}, {@code 2024-07-01 CAPPED FACE_TO_FACE_FOLLOW_UP F05 +0 (cap …)}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(date).append(' ').append(kind);
    behaviour.ifPresent(x -> b.append(' ').append(x));
    b.append(' ').append(reference).append(' ').append(points >= 0 ? "+" : "").append(points);
    note.ifPresent(n -> b.append(" (").append(n).append(')'));
    return b.toString();
  }
}
