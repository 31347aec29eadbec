package org.gongwei.indicators.rulebook;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many face-to-face follow-ups standardized management (规范管理) requires in a period: knob
 * {@code followUpRequirement}, indicators.md §7 (also the reached follow-ups of SMD-01, §8).
 *
 * <p>{@code PRORATED_QUARTERS} (default): one per calendar quarter of the period that overlaps the
 * management window, at most 4 (国家基本公共卫生服务规范（第三版）: at least four face-to-face
 * follow-ups a year, one per quarter). {@code FIXED(n)}: always {@code n}, whatever the overlap.
 *
 * @param kind prorated or fixed
 * @param fixedCount {@code n} for {@link Kind#FIXED} (≥ 0); 0 for {@link Kind#PRORATED_QUARTERS}
 */
public record FollowUpRequirement(Kind kind, int fixedCount) {
  /** The most follow-ups the prorated rule requires, one per quarter of a year. */
  public static final int MAX_PRORATED = 4;

  private static final Pattern FIXED_TEXT = Pattern.compile("FIXED\\((0|[1-9][0-9]{0,8})\\)");
  private static final FollowUpRequirement PRORATED = new FollowUpRequirement(Kind.PRORATED_QUARTERS, 0);

  /** The two forms of the requirement. */
  public enum Kind {
    /** One per overlapping calendar quarter, at most 4. */
    PRORATED_QUARTERS,
    /** A fixed number. */
    FIXED
  }

  /**
   * A requirement.
   *
   * @throws IllegalArgumentException if a fixed count is negative, or a prorated one has a count
   */
  public FollowUpRequirement {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.FIXED && fixedCount < 0) {
      throw new IllegalArgumentException(
          "followUpRequirement FIXED(n) needs n >= 0: FIXED(" + fixedCount + ")");
    }
    if (kind == Kind.PRORATED_QUARTERS && fixedCount != 0) {
      throw new IllegalArgumentException(
          "followUpRequirement PRORATED_QUARTERS takes no count: " + fixedCount);
    }
  }

  /** The default rule: one follow-up per overlapping calendar quarter, at most 4. */
  public static FollowUpRequirement proratedQuarters() {
    return PRORATED;
  }

  /** Always {@code n} follow-ups ({@code n ≥ 0}). */
  public static FollowUpRequirement fixed(int n) {
    return new FollowUpRequirement(Kind.FIXED, n);
  }

  /**
   * The requirement written as {@link #toString()}: exactly {@code PRORATED_QUARTERS} or {@code
   * FIXED(n)} with {@code n} a non-negative integer without sign or leading zeros.
   *
   * @throws IllegalArgumentException naming the text for any other form ({@code FIXED(-1)}, {@code
   *     FIXED()}, {@code QUARTERLY}, …)
   */
  public static FollowUpRequirement parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals(Kind.PRORATED_QUARTERS.name())) {
      return PRORATED;
    }
    Matcher m = FIXED_TEXT.matcher(text);
    if (m.matches()) {
      return fixed(Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException(
        "followUpRequirement must be PRORATED_QUARTERS or FIXED(n) with n >= 0: " + text);
  }

  /** Whether this is the prorated rule. */
  public boolean isProrated() {
    return kind == Kind.PRORATED_QUARTERS;
  }

  /**
   * The follow-ups required of a patient whose management window overlaps {@code
   * quartersOverlapped} calendar quarters of the period: {@code min(quartersOverlapped, 4)} when
   * prorated, {@code n} when fixed.
   *
   * @throws IllegalArgumentException if {@code quartersOverlapped} is negative
   */
  public int required(int quartersOverlapped) {
    if (quartersOverlapped < 0) {
      throw new IllegalArgumentException("quartersOverlapped must be >= 0: " + quartersOverlapped);
    }
    return isProrated() ? Math.min(quartersOverlapped, MAX_PRORATED) : fixedCount;
  }

  /** {@code PRORATED_QUARTERS} or {@code FIXED(n)}, the inverse of {@link #parse}. */
  @Override
  public String toString() {
    return isProrated() ? Kind.PRORATED_QUARTERS.name() : "FIXED(" + fixedCount + ")";
  }
}
