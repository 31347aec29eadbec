package org.gongwei.core.code;

import java.time.Duration;

/**
 * Class of a notifiable infectious disease (法定传染病分类), 中华人民共和国传染病防治法, as coded in the
 * {@code disease_class} column of {@code infectious_cases.csv}; the code is the constant's name.
 */
public enum DiseaseClass implements Coded {
  /** 甲类 (class A: plague, cholera). */
  A("甲类"),
  /** 乙类甲管 (class B managed as class A, for example 肺炭疽). */
  B_AS_A("乙类甲管"),
  /** 乙类 (class B, other than those managed as class A). */
  B("乙类"),
  /** 丙类 (class C). */
  C("丙类");

  private final String label;

  DiseaseClass(String label) {
    this.label = label;
  }

  /** The code, which is the constant's name (for example {@code A}). */
  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The time allowed from diagnosis to the network report, 传染病信息报告管理规范（2015年版）: 2 hours
   * for {@link #A} and {@link #B_AS_A}, 24 hours for {@link #B} and {@link #C}.
   */
  public Duration reportingWindow() {
    return switch (this) {
      case A, B_AS_A -> Duration.ofHours(2);
      case B, C -> Duration.ofHours(24);
    };
  }

  /** Returns the disease class for {@code code}; see {@link Coded#fromCode}. */
  public static DiseaseClass fromCode(String code) {
    return Coded.fromCode(DiseaseClass.class, code);
  }
}
