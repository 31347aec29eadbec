package org.gongwei.core.id;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative division code (行政区划代码), GB/T 2260, or a statistical division code
 * (统计用区划代码) that extends it with 3 township and 3 village digits: 2, 4, 6, 9 or 12 digits
 * in groups of 2 (province), 2 (prefecture), 2 (county), 3 (township) and 3 (village).
 *
 * <p>Codes are often padded with zeros: GB/T 2260 writes a province as {@code 430000} and a
 * prefecture as {@code 430300}, statistical codes write a county as {@code 430321000000}. The
 * {@linkplain #significant() significant form} drops trailing all-zero groups ({@code 43},
 * {@code 4303}, {@code 430321}) and determines the {@linkplain #level() level} and the
 * hierarchy. Codes are not looked up in a code list: they change every year and unknown codes
 * are a matter for warnings, not for this type.
 *
 * <p>{@link #equals} compares the code as given ({@code 430300} is not equal to {@code 4303});
 * {@link #sameRegion} compares the significant forms.
 */
public final class RegionCode {

  private static final String NOUN = "region code";
  /** End index of each group, in order: province, prefecture, county, township, village. */
  private static final int[] GROUP_ENDS = {2, 4, 6, 9, 12};

  private final String code;
  private final String significant;

  private RegionCode(String code) {
    this.code = code;
    this.significant = significantForm(code);
  }

  /**
   * Parses a code of 2, 4, 6, 9 or 12 digits; surrounding white space is ignored.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static RegionCode parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    String problem = problem(s);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new RegionCode(s);
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    return problem(text.strip()) == null;
  }

  /**
   * What is wrong with {@code text} as a region code, the message {@link #parse} would throw, or
   * empty if it is valid. Does not throw for invalid input.
   */
  public static Optional<String> whyInvalid(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(problem(text.strip()));
  }

  /** The code as given (after removing surrounding white space), zeros included. */
  public String code() {
    return code;
  }

  /**
   * The code without trailing all-zero groups: {@code 430000} → {@code 43}, {@code 430300} →
   * {@code 4303}, {@code 430321100000} → {@code 430321100}.
   */
  public String significant() {
    return significant;
  }

  /** The level of the {@linkplain #significant() significant form}: {@code 430300} is a prefecture. */
  public RegionLevel level() {
    return RegionLevel.ofLength(significant.length());
  }

  /**
   * The region one group up, as the prefix of the significant form ({@code 430321101201} →
   * {@code 430321101} → {@code 430321} → {@code 4303} → {@code 43}); empty for a province. Where
   * a level is absent the parent is more than one level up: {@code 441900003} (a town directly
   * under 东莞市) has the parent {@code 441900}, which is a prefecture.
   */
  public Optional<RegionCode> parent() {
    if (significant.length() == 2) {
      return Optional.empty();
    }
    int parentLength = GROUP_ENDS[level().ordinal() - 1];
    return Optional.of(new RegionCode(significant.substring(0, parentLength)));
  }

  /** The chain of {@linkplain #parent() parents} from the province down to this code, inclusive. */
  public List<RegionCode> lineage() {
    List<RegionCode> lineage = new ArrayList<>();
    for (Optional<RegionCode> r = Optional.of(this); r.isPresent(); r = r.get().parent()) {
      lineage.add(r.get());
    }
    Collections.reverse(lineage);
    return Collections.unmodifiableList(lineage);
  }

  /**
   * Whether {@code other} is this region or lies within it: the significant form of this code
   * is a prefix of that of {@code other} ({@code 430000} contains {@code 430321101201}).
   */
  public boolean contains(RegionCode other) {
    Objects.requireNonNull(other, "other");
    return other.significant.startsWith(significant);
  }

  /** Whether {@code other} names the same region, comparing significant forms ({@code 430300} and {@code 4303}). */
  public boolean sameRegion(RegionCode other) {
    Objects.requireNonNull(other, "other");
    return other.significant.equals(significant);
  }

  /**
   * The region at {@code level} that contains this one, as the prefix of the significant form
   * of that level's length ({@code 430321101201} at {@link RegionLevel#COUNTY} is {@code
   * 430321}); empty if this code is above {@code level}. Where that level is absent the prefix
   * is the region one level up, in padded form ({@code 441900003} at county level is {@code
   * 441900}).
   */
  public Optional<RegionCode> truncatedTo(RegionLevel level) {
    Objects.requireNonNull(level, "level");
    if (level.length() > significant.length()) {
      return Optional.empty();
    }
    return Optional.of(new RegionCode(significant.substring(0, level.length())));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode && ((RegionCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code as given. */
  @Override
  public String toString() {
    return code;
  }

  // ---- validation without exceptions ----

  private static String problem(String s) {
    if (s.isEmpty()) {
      return NOUN + " is blank";
    }
    String prefix = NOUN + " " + IdText.shown(s) + ": ";
    int bad = IdText.firstNonDigit(s);
    if (bad >= 0) {
      return prefix + "character " + IdText.describe(s, bad) + " at position " + (bad + 1)
          + " should be a digit";
    }
    int length = s.length();
    if (length != 2 && length != 4 && length != 6 && length != 9 && length != 12) {
      return prefix + "length is " + length + " but should be 2, 4, 6, 9 or 12 digits";
    }
    if (s.charAt(0) == '0' && s.charAt(1) == '0') {
      return prefix + "province part 00 is not a province";
    }
    return null;
  }

  private static String significantForm(String code) {
    int g = GROUP_ENDS.length - 1;
    while (GROUP_ENDS[g] != code.length()) {
      g--;
    }
    while (g > 0 && allZeros(code, GROUP_ENDS[g - 1], GROUP_ENDS[g])) {
      g--;
    }
    return code.substring(0, GROUP_ENDS[g]);
  }

  private static boolean allZeros(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
