package org.gongwei.indicators.education;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.institution.Institution;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.EventRecorder;
import org.gongwei.indicators.engine.EventSource;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Recorder;

/**
 * HE-01 健康教育达标机构比例, the share of primary-care institutions meeting the health-education
 * requirements: institutions whose {@link EducationChecklist} for the period meets every item,
 * per institution of the four primary-care types (township and community health centres, village
 * clinics, community health stations) in the bundle, with or without education data.
 *
 * <p>Parts {@code HE-01(PRINTED)}, {@code HE-01(AUDIO_VIDEO)}, {@code HE-01(BULLETIN_UPDATE)},
 * {@code HE-01(LECTURE)} and {@code HE-01(CONSULTATION)}: institutions meeting that item, per
 * institution to which it applies (audio-video material and consultations apply to centres only).
 * An institution code listed twice counts once; activities of institutions that are not listed,
 * or not primary-care, count nowhere. The reason of a shortfall lists the unmet items with their
 * counts ({@code "bulletin updates 4 of 6, lectures 7 of 12"}). Counting and pro rata: see
 * {@link EducationChecklist}.
 *
 * <p>Source: 国家基本公共卫生服务规范（第三版）2017, 健康教育服务规范; indicators.md §2. Knobs: none.
 */
public final class HealthEducation implements EventIndicator {
  /** The indicator id. */
  public static final String ID = "HE-01";

  private static final List<Measure> MEASURES;

  static {
    Measure[] m = new Measure[1 + EducationKind.values().length];
    m[0] = Measure.of(ID);
    for (EducationKind kind : EducationKind.values()) {
      m[1 + kind.ordinal()] = Measure.part(ID, kind.code(), EducationChecklist.labelOf(kind));
    }
    MEASURES = List.of(m);
  }

  /** The calculator; stateless. */
  public HealthEducation() {}

  /** The measure index of the part for {@code kind}. */
  static int partOf(EducationKind kind) {
    return 1 + kind.ordinal();
  }

  @Override
  public List<Measure> measures() {
    return MEASURES;
  }

  @Override
  public void evaluate(EventSource events, EvaluationContext context, EventRecorder out) {
    Map<String, List<EducationActivity>> byInstitution =
        EducationChecklist.inPeriodByInstitution(events.educationActivities(), context.period());
    Set<String> seen = new HashSet<>();
    for (Institution institution : events.institutions()) {
      if (!institution.type().isPrimaryCare() || !seen.add(institution.code())) {
        continue;
      }
      EducationChecklist checklist =
          EducationChecklist.of(institution, byInstitution.getOrDefault(institution.code(), List.of()), context.period());
      Recorder r = out.at(institution, events.institutionCell(institution.code()));
      r.inDenominator(0, checklist.isMet(), checklist::shortfallText);
      for (EducationChecklist.Item item : checklist.items()) {
        r.inDenominator(partOf(item.kind()), item.isMet(), item::toString);
      }
    }
  }

  @Override
  public String toString() {
    return ID;
  }
}
