package org.gongwei.indicators.colour;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.rulebook.Rulebook;

/** Small hand-built patients for the colour tests. */
final class ColourFixture {
  private ColourFixture() {}

  static final RegionCode VILLAGE = RegionCode.parse("430321101201");
  static final String CLINIC_A = "430321101";
  static final String CLINIC_B = "430321102";
  static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);
  static final EvaluationContext NATIONAL_2024 = EvaluationContext.of(Y2024, Rulebook.national2017());

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A permanent resident of clinic A born on {@code birth}, without a responsible doctor. */
  static Resident.Builder person(String id, String birth) {
    return Resident.builder()
        .residentId(id)
        .sex(Sex.MALE)
        .birthDate(d(birth))
        .regionCode(VILLAGE)
        .institutionCode(CLINIC_A)
        .permanent(true)
        .recordEstablishedDate(d("2010-01-01"));
  }

  /** A person aged 64 throughout 2024 (born 1960-01-01): the adult target 140/90 applies. */
  static Resident adult(String id) {
    return person(id, "1960-01-01").build();
  }

  /** An open hypertension registration (I10) enrolled 2020-03-01. */
  static Registration htn(String id, String residentId) {
    return Registration.builder().registrationId(id).residentId(residentId).condition(Condition.HYPERTENSION)
        .icd10(Icd10Code.parse("I10")).enrolledDate(d("2020-03-01")).build();
  }

  /** An open type 2 diabetes registration (E11) enrolled 2020-03-01. */
  static Registration dm(String id, String residentId) {
    return Registration.builder().registrationId(id).residentId(residentId).condition(Condition.TYPE2_DIABETES)
        .icd10(Icd10Code.parse("E11.900")).enrolledDate(d("2020-03-01")).build();
  }

  /** A clinic follow-up of {@code condition} without readings, to complete. */
  static FollowUp.Builder visit(String id, String residentId, Condition condition, String date) {
    return FollowUp.builder().followUpId(id).residentId(residentId).condition(condition).visitDate(d(date))
        .method(FollowUpMethod.CLINIC);
  }

  /** A clinic hypertension follow-up with a blood pressure, to complete. */
  static FollowUp.Builder bp(String id, String residentId, String date, int sbp, int dbp) {
    return visit(id, residentId, Condition.HYPERTENSION, date).sbp(sbp).dbp(dbp);
  }

  /** A clinic diabetes follow-up with a fasting glucose, to complete. */
  static FollowUp.Builder fpg(String id, String residentId, String date, double glucose) {
    return visit(id, residentId, Condition.TYPE2_DIABETES, date).fastingGlucose(glucose);
  }

  /** The view of the first resident among {@code records}, with all records about him. */
  static ResidentView view(BundleRecord... records) {
    Dataset ds = Dataset.of(Arrays.asList(records));
    return ds.residentViews().get(0);
  }

  /** The hypertension grade under the national rulebook in 2024. */
  static Optional<ColourGrade> htnGrade(ColourRules rules, BundleRecord... records) {
    return ColourClassifier.classify(view(records), Condition.HYPERTENSION, NATIONAL_2024, rules);
  }

  /** The diabetes grade under the national rulebook in 2024. */
  static Optional<ColourGrade> dmGrade(ColourRules rules, BundleRecord... records) {
    return ColourClassifier.classify(view(records), Condition.TYPE2_DIABETES, NATIONAL_2024, rules);
  }
}
