package org.gongwei.indicators.colour;

import java.util.Objects;

/**
 * The numbers of green, yellow and red patients of a group.
 *
 * @param green green patients, at least 0
 * @param yellow yellow patients, at least 0
 * @param red red patients, at least 0
 */
public record ColourCounts(long green, long yellow, long red) {
  /** No patient. */
  public static final ColourCounts ZERO = new ColourCounts(0, 0, 0);

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public ColourCounts {
    if (green < 0 || yellow < 0 || red < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0: green " + green + ", yellow " + yellow + ", red " + red);
    }
  }

  /** The count of {@code colour}. */
  public long count(Colour colour) {
    Objects.requireNonNull(colour, "colour");
    return switch (colour) {
      case GREEN -> green;
      case YELLOW -> yellow;
      case RED -> red;
    };
  }

  /** All patients: green + yellow + red. */
  public long total() {
    return green + yellow + red;
  }

  /** These counts with one more patient of {@code colour}. */
  public ColourCounts plus(Colour colour) {
    Objects.requireNonNull(colour, "colour");
    return new ColourCounts(
        green + (colour == Colour.GREEN ? 1 : 0),
        yellow + (colour == Colour.YELLOW ? 1 : 0),
        red + (colour == Colour.RED ? 1 : 0));
  }

  /** The sum of two counts. */
  public ColourCounts plus(ColourCounts other) {
    Objects.requireNonNull(other, "other");
    return new ColourCounts(green + other.green, yellow + other.yellow, red + other.red);
  }

  /** For example {@code green 12, yellow 3, red 1 (16)}. */
  @Override
  public String toString() {
    return "green " + green + ", yellow " + yellow + ", red " + red + " (" + total() + ")";
  }
}
