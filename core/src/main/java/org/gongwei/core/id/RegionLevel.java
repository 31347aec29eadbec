package org.gongwei.core.id;

/**
 * The level of an administrative region in GB/T 2260 and the statistical division codes
 * (统计用区划代码), each identified by the number of significant digits of its code.
 */
public enum RegionLevel {
  /** 省级 (province, autonomous region, municipality): 2 digits. */
  PROVINCE(2),
  /** 地级 (prefecture-level city, league, prefecture): 4 digits. */
  PREFECTURE(4),
  /** 县级 (county, district, county-level city, banner): 6 digits. */
  COUNTY(6),
  /** 乡级 (township, town, sub-district): 9 digits. */
  TOWNSHIP(9),
  /** 村级 (village, residents' committee): 12 digits. */
  VILLAGE(12);

  private final int length;

  RegionLevel(int length) {
    this.length = length;
  }

  /** The number of significant digits of a code at this level: 2, 4, 6, 9 or 12. */
  public int length() {
    return length;
  }

  /** The level whose codes have {@code length} significant digits. */
  static RegionLevel ofLength(int length) {
    for (RegionLevel level : values()) {
      if (level.length == length) {
        return level;
      }
    }
    throw new IllegalArgumentException("no region level has " + length + " digits");
  }
}
