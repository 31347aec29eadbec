package org.gongwei.core.code;

/**
 * Type of health institution, as coded in the {@code type} column of {@code institutions.csv}; the
 * code is the constant's name.
 *
 * <p>The first four types are the primary-care institutions (基层医疗卫生机构) that deliver the
 * National Basic Public Health Service Program; {@link #tier()} tells centres from stations.
 */
public enum InstitutionType implements Coded {
  /** 乡镇卫生院 (township health centre). */
  TOWNSHIP_HEALTH_CENTER("乡镇卫生院"),
  /** 社区卫生服务中心 (community health centre). */
  COMMUNITY_HEALTH_CENTER("社区卫生服务中心"),
  /** 村卫生室 (village clinic). */
  VILLAGE_CLINIC("村卫生室"),
  /** 社区卫生服务站 (community health station). */
  COMMUNITY_HEALTH_STATION("社区卫生服务站"),
  /** 医院 (hospital). */
  HOSPITAL("医院"),
  /** 其他 (any other institution). */
  OTHER("其他");

  private final String label;

  InstitutionType(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code TOWNSHIP_HEALTH_CENTER}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The primary-care tier of this type, which decides the health-education requirements
   * (国家基本公共卫生服务规范（第三版） 健康教育服务规范): {@link PrimaryCareTier#CENTRE} for
   * township health centres and community health centres, {@link PrimaryCareTier#STATION} for
   * village clinics and community health stations, {@link PrimaryCareTier#NONE} otherwise.
   */
  public PrimaryCareTier tier() {
    return switch (this) {
      case TOWNSHIP_HEALTH_CENTER, COMMUNITY_HEALTH_CENTER -> PrimaryCareTier.CENTRE;
      case VILLAGE_CLINIC, COMMUNITY_HEALTH_STATION -> PrimaryCareTier.STATION;
      case HOSPITAL, OTHER -> PrimaryCareTier.NONE;
    };
  }

  /** Whether this is one of the four primary-care types, that is {@code tier() != NONE}. */
  public boolean isPrimaryCare() {
    return tier() != PrimaryCareTier.NONE;
  }

  /** Returns the institution type for {@code code}; see {@link Coded#fromCode}. */
  public static InstitutionType fromCode(String code) {
    return Coded.fromCode(InstitutionType.class, code);
  }
}
