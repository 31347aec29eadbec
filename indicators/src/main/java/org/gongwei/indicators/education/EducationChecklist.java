package org.gongwei.indicators.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.PrimaryCareTier;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.period.ReportingPeriod;

/**
 * The health-education checklist of one primary-care institution over a period: for each item
 * that applies to its tier, the number required and the number done.
 *
 * <p>Yearly requirements (国家基本公共卫生服务规范（第三版）2017, 健康教育服务规范, 服务形式及要求;
 * indicators.md §2):
 *
 * <table>
 *   <caption>Yearly requirements by tier</caption>
 *   <tr><th>Item</th><th>{@link PrimaryCareTier#CENTRE} (乡镇卫生院, 社区卫生服务中心)</th>
 *       <th>{@link PrimaryCareTier#STATION} (村卫生室, 社区卫生服务站)</th></tr>
 *   <tr><td>{@link EducationKind#PRINTED} distinct titles</td><td>12</td><td>12</td></tr>
 *   <tr><td>{@link EducationKind#AUDIO_VIDEO} distinct titles</td><td>6</td><td>—</td></tr>
 *   <tr><td>{@link EducationKind#BULLETIN_UPDATE} updates</td><td>6</td><td>6</td></tr>
 *   <tr><td>{@link EducationKind#LECTURE} lectures</td><td>12</td><td>6</td></tr>
 *   <tr><td>{@link EducationKind#CONSULTATION} events</td><td>9</td><td>—</td></tr>
 * </table>
 *
 * <p>Counting: only activities of the institution dated in the period count. Printed and
 * audio-video material count <em>distinct titles</em> (compared after stripping surrounding
 * white space; an untitled or blank-titled item counts as a title of its own, distinct by its
 * activity id); the other items count activity records.
 *
 * <p>Pro rata ({@link #requirement(int, ReportingPeriod)}): for a period of whole calendar months
 * (a year, quarter, month, the MCH year or a custom range from a 1st to a month's last day)
 * {@code required = ceil(annual × months / 12)}, so any 12 months give exactly the annual number
 * and a quarter gives a quarter of it, rounded up (lectures of a centre: 3; audio-video titles: 2);
 * any other range uses days, {@code required = ceil(annual × days / days of the year)}, where the
 * days of the year are those from the period's first day to the same date a year later (365 or
 * 366). Days alone would ask 4 lectures of a 92-day quarter (12 × 92 / 366 = 3.02) and 13 of the
 * 366-day MCH year 2024, which is why whole months are counted as months.
 *
 * @param institutionCode the institution
 * @param tier the institution's tier, {@code CENTRE} or {@code STATION}
 * @param period the period
 * @param items the items that apply to the tier, in {@link EducationKind} order
 */
public record EducationChecklist(String institutionCode, PrimaryCareTier tier, ReportingPeriod period, List<Item> items) {

  /** Checks the components and copies the list. */
  public EducationChecklist {
    Objects.requireNonNull(institutionCode, "institutionCode");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(period, "period");
    if (tier == PrimaryCareTier.NONE) {
      throw new IllegalArgumentException("tier must be CENTRE or STATION: institution " + institutionCode);
    }
    items = List.copyOf(items);
  }

  /**
   * One line of the checklist.
   *
   * @param kind the activity kind
   * @param required the number required in the period
   * @param actual the number done in the period (distinct titles for material)
   */
  public record Item(EducationKind kind, int required, int actual) {

    /** Checks the components. */
    public Item {
      Objects.requireNonNull(kind, "kind");
      if (required < 0 || actual < 0) {
        throw new IllegalArgumentException("required and actual must not be negative: " + required + ", " + actual);
      }
    }

    /** Whether the item is met: {@code actual ≥ required}. */
    public boolean isMet() {
      return actual >= required;
    }

    /** What is counted, in words: {@code "printed material titles"}, {@code "lectures"}, … */
    public String label() {
      return labelOf(kind);
    }

    /** For example {@code lectures 7 of 12}. */
    @Override
    public String toString() {
      return label() + " " + actual + " of " + required;
    }
  }

  /** What an item counts, in words. */
  static String labelOf(EducationKind kind) {
    return switch (kind) {
      case PRINTED -> "printed material titles";
      case AUDIO_VIDEO -> "audio-video titles";
      case BULLETIN_UPDATE -> "bulletin updates";
      case LECTURE -> "lectures";
      case CONSULTATION -> "consultations";
    };
  }

  /**
   * The yearly requirement of an item for a tier, or empty when the item does not apply (audio-video
   * material and consultations for stations, everything for {@link PrimaryCareTier#NONE}).
   */
  public static OptionalInt annualRequirement(EducationKind kind, PrimaryCareTier tier) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(tier, "tier");
    if (tier == PrimaryCareTier.NONE) {
      return OptionalInt.empty();
    }
    boolean centre = tier == PrimaryCareTier.CENTRE;
    return switch (kind) {
      case PRINTED -> OptionalInt.of(12);
      case AUDIO_VIDEO -> centre ? OptionalInt.of(6) : OptionalInt.empty();
      case BULLETIN_UPDATE -> OptionalInt.of(6);
      case LECTURE -> OptionalInt.of(centre ? 12 : 6);
      case CONSULTATION -> centre ? OptionalInt.of(9) : OptionalInt.empty();
    };
  }

  /**
   * The requirement for {@code period} of an item required {@code annual} times a year, pro rata,
   * rounded up: by whole calendar months when the period is whole months, else by days (see the
   * class documentation).
   *
   * @throws IllegalArgumentException if {@code annual} is negative
   */
  public static int requirement(int annual, ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    if (annual < 0) {
      throw new IllegalArgumentException("annual must not be negative: " + annual);
    }
    LocalDate start = period.start();
    LocalDate end = period.end();
    if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth()) {
      long months = 12L * (end.getYear() - start.getYear()) + end.getMonthValue() - start.getMonthValue() + 1;
      return Math.toIntExact(ceilDiv(annual * months, 12));
    }
    long yearDays = start.plusYears(1).toEpochDay() - start.toEpochDay();
    return Math.toIntExact(ceilDiv(annual * period.lengthInDays(), yearDays));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * The checklist of {@code institution} over {@code period}, from {@code activities} (those of
   * other institutions or dated outside the period are ignored).
   *
   * @throws IllegalArgumentException if the institution is not of a primary-care type
   */
  public static EducationChecklist of(Institution institution, Collection<EducationActivity> activities, ReportingPeriod period) {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(period, "period");
    PrimaryCareTier tier = institution.type().tier();
    if (tier == PrimaryCareTier.NONE) {
      throw new IllegalArgumentException(
          "institution " + institution.code() + " is a " + institution.type() + ", not a primary-care institution");
    }
    String code = institution.code();
    Map<EducationKind, Set<String>> titles = new EnumMap<>(EducationKind.class);
    Map<EducationKind, Set<String>> untitled = new EnumMap<>(EducationKind.class);
    int[] counts = new int[EducationKind.values().length];
    for (EducationActivity a : activities) {
      if (!a.institutionCode().equals(code) || !period.contains(a.activityDate())) {
        continue;
      }
      EducationKind kind = a.kind();
      if (isMaterial(kind)) {
        String title = a.title().map(String::strip).orElse("");
        if (title.isEmpty()) {
          untitled.computeIfAbsent(kind, k -> new HashSet<>()).add(a.activityId());
        } else {
          titles.computeIfAbsent(kind, k -> new HashSet<>()).add(title);
        }
      } else {
        counts[kind.ordinal()]++;
      }
    }
    List<Item> items = new ArrayList<>(EducationKind.values().length);
    for (EducationKind kind : EducationKind.values()) {
      OptionalInt annual = annualRequirement(kind, tier);
      if (annual.isEmpty()) {
        continue;
      }
      int actual = isMaterial(kind)
          ? titles.getOrDefault(kind, Set.of()).size() + untitled.getOrDefault(kind, Set.of()).size()
          : counts[kind.ordinal()];
      items.add(new Item(kind, requirement(annual.getAsInt(), period), actual));
    }
    return new EducationChecklist(code, tier, period, items);
  }

  /**
   * The checklists of every primary-care institution of {@code institutions} (in their order, the
   * first of a duplicated code only; hospitals and others are left out) over {@code period}.
   */
  public static List<EducationChecklist> allOf(
      List<Institution> institutions, Collection<EducationActivity> activities, ReportingPeriod period) {
    Objects.requireNonNull(institutions, "institutions");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(period, "period");
    Map<String, List<EducationActivity>> byInstitution = inPeriodByInstitution(activities, period);
    Map<String, EducationChecklist> result = new LinkedHashMap<>();
    for (Institution i : institutions) {
      if (i.type().isPrimaryCare() && !result.containsKey(i.code())) {
        result.put(i.code(), of(i, byInstitution.getOrDefault(i.code(), List.of()), period));
      }
    }
    return List.copyOf(result.values());
  }

  /** The activities dated in {@code period}, by institution code. */
  static Map<String, List<EducationActivity>> inPeriodByInstitution(
      Collection<EducationActivity> activities, ReportingPeriod period) {
    Map<String, List<EducationActivity>> byInstitution = new HashMap<>();
    for (EducationActivity a : activities) {
      if (period.contains(a.activityDate())) {
        byInstitution.computeIfAbsent(a.institutionCode(), k -> new ArrayList<>()).add(a);
      }
    }
    return byInstitution;
  }

  private static boolean isMaterial(EducationKind kind) {
    return kind == EducationKind.PRINTED || kind == EducationKind.AUDIO_VIDEO;
  }

  /** Whether every item is met. */
  public boolean isMet() {
    for (Item item : items) {
      if (!item.isMet()) {
        return false;
      }
    }
    return true;
  }

  /** The item of {@code kind}, or empty when it does not apply to the tier. */
  public Optional<Item> item(EducationKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (Item item : items) {
      if (item.kind() == kind) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** The items not met, in checklist order. */
  public List<Item> shortfalls() {
    List<Item> result = new ArrayList<>();
    for (Item item : items) {
      if (!item.isMet()) {
        result.add(item);
      }
    }
    return List.copyOf(result);
  }

  /** The unmet items in words ({@code "bulletin updates 4 of 6, lectures 7 of 12"}), empty when met. */
  public String shortfallText() {
    StringBuilder text = new StringBuilder();
    for (Item item : items) {
      if (!item.isMet()) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(item);
      }
    }
    return text.toString();
  }

  /** For example {@code 430321101 CENTRE 2024: met} or {@code 430321101 STATION 2024-Q1: lectures 1 of 2}. */
  @Override
  public String toString() {
    return institutionCode + " " + tier + " " + period + ": " + (isMet() ? "met" : shortfallText());
  }
}
