package org.gongwei.indicators.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.report.TextTable;

/**
 * The health points accounts (健康积分账户) of residents under one {@link PointsScheme}: every
 * resident's entries in posting order, and balances <b>derived</b> from them (never stored).
 *
 * <p>The ledger is immutable: {@link #earn}, {@link #earnAll} and {@link #redeem} return a new
 * ledger and leave this one as it was, so a ledger can be shared and kept as a snapshot.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>Earning.</b> An event whose behaviour has no rule in the scheme is not recorded. An
 *       event already recorded (same resident, behaviour and reference) is not recorded again, so
 *       deriving the same data twice earns once. Otherwise the event is recorded: {@link
 *       EntryKind#EARNED} with the rule's points, or, over the rule's cap in the cap period that
 *       contains the event's date ({@link PointsScheme#capPeriod()}), {@link EntryKind#CAPPED}
 *       with the reason and fewer points: 0 once a count cap is reached, what is left below a
 *       points cap (so 20-point lectures under a 50-point cap earn 20, 20, 10, 0). Capped events
 *       are kept so that a resident can see why a behaviour earned nothing. Caps count the
 *       entries already in the ledger, whatever their order in time.
 *   <li><b>Redeeming</b> {@code p} points is accepted only when the balance is at least {@code
 *       p}; otherwise it is refused with the reason and the ledger is unchanged. So no balance is
 *       ever negative.
 * </ul>
 *
 * <p>Each operation copies the map of accounts: to post many events, use {@link #earnAll}.
 */
public final class Ledger {
  private static final Comparator<PointsEvent> POSTING_ORDER =
      Comparator.comparing(PointsEvent::date)
          .thenComparing(PointsEvent::residentId)
          .thenComparing(PointsEvent::behaviour)
          .thenComparing(PointsEvent::reference);

  private final PointsScheme scheme;
  private final Map<String, List<LedgerEntry>> accounts;

  private Ledger(PointsScheme scheme, Map<String, List<LedgerEntry>> accounts) {
    this.scheme = scheme;
    this.accounts = accounts;
  }

  /** An empty ledger under {@code scheme}. */
  public static Ledger empty(PointsScheme scheme) {
    return new Ledger(Objects.requireNonNull(scheme, "scheme"), Map.of());
  }

  /** The scheme the ledger earns by. */
  public PointsScheme scheme() {
    return scheme;
  }

  /**
   * This ledger's entries under {@code newScheme}: the entries already posted stay as they are,
   * later earnings follow the new rules (a scheme changed during the year).
   */
  public Ledger withScheme(PointsScheme newScheme) {
    return new Ledger(Objects.requireNonNull(newScheme, "newScheme"), accounts);
  }

  /** This ledger with {@code event} earned (see the class description). */
  public Ledger earn(PointsEvent event) {
    Objects.requireNonNull(event, "event");
    return earnAll(List.of(event));
  }

  /**
   * This ledger with every event earned, in the order of date, resident, behaviour and reference
   * (so the result does not depend on the order of {@code events}).
   */
  public Ledger earnAll(Collection<PointsEvent> events) {
    Objects.requireNonNull(events, "events");
    List<PointsEvent> sorted = new ArrayList<>(events);
    for (PointsEvent e : sorted) {
      Objects.requireNonNull(e, "event");
    }
    sorted.sort(POSTING_ORDER);
    Map<String, List<LedgerEntry>> working = null;
    Set<String> copied = new HashSet<>();
    for (PointsEvent e : sorted) {
      Optional<PointsRule> rule = scheme.rule(e.behaviour());
      if (rule.isEmpty()) {
        continue;
      }
      List<LedgerEntry> account = (working == null ? accounts : working).getOrDefault(e.residentId(), List.of());
      if (isRecorded(account, e)) {
        continue;
      }
      LedgerEntry entry = entryFor(e, rule.get(), account);
      if (working == null) {
        working = new HashMap<>(accounts);
      }
      if (copied.add(e.residentId())) {
        account = new ArrayList<>(account);
        working.put(e.residentId(), account);
      }
      account.add(entry);
    }
    if (working == null) {
      return this;
    }
    for (String id : copied) {
      working.put(id, Collections.unmodifiableList(working.get(id)));
    }
    return new Ledger(scheme, Collections.unmodifiableMap(working));
  }

  private static boolean isRecorded(List<LedgerEntry> account, PointsEvent e) {
    for (LedgerEntry x : account) {
      if (x.kind() != EntryKind.REDEEMED
          && x.behaviour().orElseThrow() == e.behaviour()
          && x.reference().equals(e.reference())) {
        return true;
      }
    }
    return false;
  }

  private LedgerEntry entryFor(PointsEvent e, PointsRule rule, List<LedgerEntry> account) {
    Cap cap = rule.cap();
    if (cap.kind() == CapKind.NONE) {
      return LedgerEntry.earned(e, rule.points());
    }
    ReportingPeriod period = scheme.capPeriod().containing(e.date());
    long count = 0;
    long points = 0;
    for (LedgerEntry x : account) {
      if (x.kind() != EntryKind.REDEEMED && x.behaviour().orElseThrow() == e.behaviour() && period.contains(x.date())) {
        points += x.points();
        if (x.points() > 0) {
          count++;
        }
      }
    }
    String capText = "cap of " + cap.limit() + (cap.kind() == CapKind.COUNT ? (cap.limit() == 1 ? " time " : " times ") : " points ")
        + scheme.capPeriod().words() + " for " + e.behaviour() + " in " + period;
    if (cap.kind() == CapKind.COUNT) {
      return count < cap.limit() ? LedgerEntry.earned(e, rule.points()) : LedgerEntry.capped(e, 0, capText + " reached");
    }
    long left = Math.max(0, cap.limit() - points);
    if (left >= rule.points()) {
      return LedgerEntry.earned(e, rule.points());
    }
    return LedgerEntry.capped(e, left, capText + ": " + left + " of " + rule.points() + " points");
  }

  /**
   * Redeems {@code points} of {@code residentId}'s balance for {@code item} on {@code date}:
   * accepted when the balance is at least {@code points}, else refused with the reason and this
   * ledger unchanged.
   *
   * @throws IllegalArgumentException if {@code points} is not positive or {@code item} is blank
   */
  public Redemption redeem(String residentId, LocalDate date, String item, long points) {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(item, "item");
    if (points <= 0) {
      throw new IllegalArgumentException("points to redeem must be positive: " + points);
    }
    if (item.isBlank()) {
      throw new IllegalArgumentException("item must not be blank");
    }
    long balance = balance(residentId);
    if (balance < points) {
      return new Redemption(
          this, Optional.empty(),
          Optional.of("balance of " + residentId + " is " + balance + " points, " + points + " needed for " + item));
    }
    LedgerEntry entry = LedgerEntry.redeemed(residentId, date, item, points);
    Map<String, List<LedgerEntry>> working = new HashMap<>(accounts);
    List<LedgerEntry> account = new ArrayList<>(accounts.getOrDefault(residentId, List.of()));
    account.add(entry);
    working.put(residentId, Collections.unmodifiableList(account));
    return new Redemption(new Ledger(scheme, Collections.unmodifiableMap(working)), Optional.of(entry), Optional.empty());
  }

  /** The entries of {@code residentId} in posting order; empty for a resident without any. */
  public List<LedgerEntry> entries(String residentId) {
    Objects.requireNonNull(residentId, "residentId");
    return accounts.getOrDefault(residentId, List.of());
  }

  /** The balance of {@code residentId}: the sum of the points of the resident's entries, never negative. */
  public long balance(String residentId) {
    long sum = 0;
    for (LedgerEntry e : entries(residentId)) {
      sum += e.points();
    }
    return sum;
  }

  /** The points {@code residentId} earned (earned and capped entries) on days of {@code period}. */
  public long earnedIn(String residentId, ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    long sum = 0;
    for (LedgerEntry e : entries(residentId)) {
      if (e.kind() != EntryKind.REDEEMED && period.contains(e.date())) {
        sum += e.points();
      }
    }
    return sum;
  }

  /** The residents with at least one entry, sorted. */
  public SortedSet<String> residentIds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(accounts.keySet()));
  }

  /** The number of entries of all residents. */
  public long entryCount() {
    long n = 0;
    for (List<LedgerEntry> l : accounts.values()) {
      n += l.size();
    }
    return n;
  }

  /** The statement of {@code residentId}: every entry with the running balance, as an aligned table. */
  public String statement(String residentId) {
    TextTable t = TextTable.of("Date", "Kind", "Behaviour", "Reference / item", "Points>", "Balance>", "Note");
    long balance = 0;
    for (LedgerEntry e : entries(residentId)) {
      balance += e.points();
      t.row(
          e.date().toString(),
          e.kind().name(),
          e.behaviour().map(Behaviour::name).orElse(""),
          e.reference(),
          (e.points() >= 0 ? "+" : "") + e.points(),
          Long.toString(balance),
          e.note().orElse(""));
    }
    return t.toString();
  }

  /** For example {@code Ledger[3 residents, 12 entries]}. */
  @Override
  public String toString() {
    int residents = accounts.size();
    long entries = entryCount();
    return "Ledger[" + residents + (residents == 1 ? " resident, " : " residents, ") + entries
        + (entries == 1 ? " entry]" : " entries]");
  }
}
