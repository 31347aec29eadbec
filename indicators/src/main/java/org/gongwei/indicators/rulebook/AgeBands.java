package org.gongwei.indicators.rulebook;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The age bands used to stratify results: contiguous bands starting at age 0, the last one
 * open-ended, so that every age in completed years falls in exactly one band.
 *
 * <p>The default is {@code 0-6, 7-17, 18-34, 35-64, 65+}: children of the 0–6 programme,
 * school age, young adults, the 35+ chronic-disease programme, and the 65+ elderly programme.
 *
 * @param bands the bands in ascending order
 */
public record AgeBands(List<AgeBand> bands) {
  private static final AgeBands DEFAULT =
      of(
          AgeBand.of(0, 6),
          AgeBand.of(7, 17),
          AgeBand.of(18, 34),
          AgeBand.of(35, 64),
          AgeBand.andOver(65));

  /**
   * Bands; they must start at 0, be contiguous (each starts the year after the previous one
   * ends), end with the only open-ended band, and have distinct labels.
   *
   * @throws IllegalArgumentException naming the offending band otherwise
   */
  public AgeBands {
    bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("ageBands must not be empty");
    }
    if (bands.get(0).fromYears() != 0) {
      throw new IllegalArgumentException("ageBands must start at age 0: " + bands.get(0));
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      AgeBand band = bands.get(i);
      boolean last = i == bands.size() - 1;
      if (last != band.isOpenEnded()) {
        throw new IllegalArgumentException(
            "ageBands: only the last band must be open-ended: " + band);
      }
      if (!last && bands.get(i + 1).fromYears() != band.toYearsInclusive().getAsInt() + 1) {
        throw new IllegalArgumentException(
            "ageBands must be contiguous: " + bands.get(i + 1) + " does not follow " + band);
      }
      if (!labels.add(band.label())) {
        throw new IllegalArgumentException("ageBands: duplicate label " + band.label());
      }
    }
  }

  /** The given bands; see the constructor for the rules. */
  public static AgeBands of(AgeBand... bands) {
    return new AgeBands(List.of(bands));
  }

  /** The default bands {@code 0-6, 7-17, 18-34, 35-64, 65+}. */
  public static AgeBands defaults() {
    return DEFAULT;
  }

  /**
   * The band containing {@code years} (completed years).
   *
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public AgeBand bandOf(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("years must be >= 0: " + years);
    }
    for (int i = bands.size() - 1; i > 0; i--) {
      if (years >= bands.get(i).fromYears()) {
        return bands.get(i);
      }
    }
    return bands.get(0);
  }

  /** The labels separated by commas, e.g. {@code 0-6, 7-17, 18-34, 35-64, 65+}. */
  @Override
  public String toString() {
    return bands.stream().map(AgeBand::label).collect(Collectors.joining(", "));
  }
}
