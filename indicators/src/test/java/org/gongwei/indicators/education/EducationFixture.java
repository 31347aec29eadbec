package org.gongwei.indicators.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;

/** Builds institutions and education activities for the HE-01 tests. */
final class EducationFixture {
  private final List<BundleRecord> records = new ArrayList<>();
  private int next;

  static Institution institution(String code, InstitutionType type) {
    return Institution.builder().code(code).name("机构" + code).type(type).regionCode(RegionCode.parse("430321101")).build();
  }

  EducationFixture addInstitution(String code, InstitutionType type) {
    records.add(institution(code, type));
    return this;
  }

  /** Adds one activity. */
  EducationFixture activity(String institution, EducationKind kind, LocalDate date, String title) {
    var b = EducationActivity.builder().activityId("A" + (++next)).institutionCode(institution).activityDate(date).kind(kind);
    if (title != null) {
      b.title(title);
    }
    records.add(b.build());
    return this;
  }

  /** Adds {@code count} activities of {@code kind}, one a week from {@code from}, each with a title of its own. */
  EducationFixture activities(String institution, EducationKind kind, int count, LocalDate from) {
    for (int i = 0; i < count; i++) {
      activity(institution, kind, from.plusWeeks(i), kind + " title " + i);
    }
    return this;
  }

  /** The activities added so far. */
  List<EducationActivity> activities() {
    List<EducationActivity> result = new ArrayList<>();
    for (BundleRecord r : records) {
      if (r instanceof EducationActivity a) {
        result.add(a);
      }
    }
    return result;
  }

  List<BundleRecord> records() {
    return new ArrayList<>(records);
  }

  Dataset dataset() {
    return Dataset.of(records);
  }
}
