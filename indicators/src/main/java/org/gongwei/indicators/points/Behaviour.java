package org.gongwei.indicators.points;

/**
 * A healthy behaviour that can earn health points (健康积分). The constants recorded in the
 * dataset are derived by {@link Behaviours}; the others come from outside as {@link PointsEvent}s.
 */
public enum Behaviour {
  /**
   * A face-to-face (clinic or home) hypertension or diabetes follow-up (面对面随访). From the data:
   * one per follow-up record.
   */
  FACE_TO_FACE_FOLLOW_UP("面对面随访"),
  /**
   * Regular medication (规律服药) recorded at a hypertension or diabetes follow-up. From the data:
   * one per follow-up whose adherence is {@code REGULAR}.
   */
  REGULAR_MEDICATION("规律服药"),
  /** A health check-up with a complete form (健康体检), general or elderly annual. From the data. */
  ANNUAL_CHECKUP("健康体检"),
  /** An elderly TCM health management service (老年人中医药健康管理: 体质辨识 + 保健指导). From the data. */
  ELDERLY_TCM_SERVICE("老年人中医药健康管理"),
  /**
   * A vaccination given on time by the immunization schedule (及时接种): on or after the scheduled
   * age and before the completion age of its dose. From the data.
   */
  TIMELY_VACCINATION("及时接种"),
  /** A child health check-up (儿童健康检查). From the data. */
  CHILD_HEALTH_CHECK("儿童健康检查"),
  /** A prenatal check-up (产前检查). From the data. */
  PRENATAL_CHECKUP("产前检查"),
  /** A family-doctor contract signed (签约家庭医生), on its start date. From the data. */
  CONTRACT_SIGNED("签约家庭医生"),
  /** A health lecture attended (参加健康讲座). Not in the data: added from outside. */
  LECTURE_ATTENDED("参加健康讲座");

  private final String label;

  Behaviour(String label) {
    this.label = label;
  }

  /** The Chinese label. */
  public String label() {
    return label;
  }
}
