package org.gongwei.indicators.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongwei.core.code.Sex;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.id.RegionLevel;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.indicators.engine.Cell;
import org.gongwei.indicators.rulebook.AgeBands;

/**
 * How results are split into strata. Every stratification but {@link #INSTITUTION_ROLLUP} puts
 * each cell in exactly one stratum, so its strata add up to the total.
 */
public enum Stratification {
  /** By responsible institution (管辖机构) of the resident, or institution of the event. */
  INSTITUTION,
  /**
   * By institution including everything below it in the institution tree (a township centre with
   * its village clinics); a cell counts for its institution and every ancestor, so strata overlap.
   */
  INSTITUTION_ROLLUP,
  /** By province (the first 2 digits of the region code). */
  REGION_PROVINCE,
  /** By prefecture (4 digits). */
  REGION_PREFECTURE,
  /** By county (6 digits). */
  REGION_COUNTY,
  /** By township (9 digits). */
  REGION_TOWNSHIP,
  /** By village (12 digits). */
  REGION_VILLAGE,
  /** By sex. */
  SEX,
  /** By the rulebook's age bands at the period end. */
  AGE_BAND;

  /** The key used for cells whose institution, region or age band is unknown. */
  public static final String UNKNOWN = "?";

  /** Whether the strata of this stratification add up to the total. */
  public boolean isPartition() {
    return this != INSTITUTION_ROLLUP;
  }

  /** The region level of a region stratification. */
  public Optional<RegionLevel> regionLevel() {
    switch (this) {
      case REGION_PROVINCE:
        return Optional.of(RegionLevel.PROVINCE);
      case REGION_PREFECTURE:
        return Optional.of(RegionLevel.PREFECTURE);
      case REGION_COUNTY:
        return Optional.of(RegionLevel.COUNTY);
      case REGION_TOWNSHIP:
        return Optional.of(RegionLevel.TOWNSHIP);
      case REGION_VILLAGE:
        return Optional.of(RegionLevel.VILLAGE);
      default:
        return Optional.empty();
    }
  }

  /** The stratum keys a cell counts for: one, except for {@link #INSTITUTION_ROLLUP}. */
  public List<String> keysOf(Cell cell, InstitutionTree tree) {
    switch (this) {
      case INSTITUTION:
        return List.of(cell.institutionCode().isEmpty() ? UNKNOWN : cell.institutionCode());
      case INSTITUTION_ROLLUP:
        if (cell.institutionCode().isEmpty()) {
          return List.of(UNKNOWN);
        }
        List<String> keys = new ArrayList<>();
        keys.add(cell.institutionCode());
        keys.addAll(tree.ancestorsOf(cell.institutionCode()));
        return keys;
      case SEX:
        return List.of(cell.sex().name());
      case AGE_BAND:
        return List.of(cell.ageBand() < 0 ? UNKNOWN : Integer.toString(cell.ageBand()));
      default:
        return List.of(regionKey(cell.regionCode(), regionLevel().orElseThrow()));
    }
  }

  private static String regionKey(String code, RegionLevel level) {
    if (!RegionCode.isValid(code)) {
      return UNKNOWN;
    }
    RegionCode region = RegionCode.parse(code);
    return region.truncatedTo(level).orElse(RegionCode.parse(region.significant())).code();
  }

  /** A readable label for a stratum key: the institution's name, the sex, the age band. */
  public String labelOf(String key, InstitutionTree tree, AgeBands bands) {
    if (key.equals(UNKNOWN)) {
      return "(unknown)";
    }
    switch (this) {
      case INSTITUTION:
      case INSTITUTION_ROLLUP:
        return tree.institution(key).map(Institution::name).orElse(key);
      case SEX:
        return Sex.valueOf(key).label();
      case AGE_BAND:
        return bands.bands().get(Integer.parseInt(key)).label();
      default:
        return key;
    }
  }

  /**
   * The stratification named on a command line: {@code institution}, {@code institution-rollup},
   * {@code region} (= county), {@code region-township} …, {@code sex}, {@code age}.
   */
  public static Stratification parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (t) {
      case "institution":
        return INSTITUTION;
      case "institution-rollup":
        return INSTITUTION_ROLLUP;
      case "region":
      case "region-county":
        return REGION_COUNTY;
      case "region-province":
        return REGION_PROVINCE;
      case "region-prefecture":
        return REGION_PREFECTURE;
      case "region-township":
        return REGION_TOWNSHIP;
      case "region-village":
        return REGION_VILLAGE;
      case "sex":
        return SEX;
      case "age":
      case "age-band":
        return AGE_BAND;
      default:
        throw new IllegalArgumentException(
            "unknown stratification '" + text + "' (institution, institution-rollup, region, region-province, "
                + "region-prefecture, region-township, region-village, sex, age)");
    }
  }
}
