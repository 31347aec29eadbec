package org.gongwei.core.code;

/**
 * Tier of a primary-care institution, which decides the yearly health-education requirements of
 * 国家基本公共卫生服务规范（第三版） 健康教育服务规范; see {@link InstitutionType#tier()}.
 */
public enum PrimaryCareTier {
  /** 乡镇卫生院 or 社区卫生服务中心: the full set of requirements. */
  CENTRE,
  /** 村卫生室 or 社区卫生服务站: the reduced set of requirements. */
  STATION,
  /** Not a primary-care institution (a hospital or other): no health-education requirements. */
  NONE
}
