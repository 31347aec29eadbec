package org.gongwei.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.rulebook.Rulebook;

/**
 * A tiny county: a township health centre and a village clinic (whose name looks like a formula),
 * four residents, two of them hypertensive with follow-ups in 2024.
 */
final class SmallDataset {
  static final String TOWNSHIP = "430321101";
  static final String VILLAGE = "430321101201";
  static final String VILLAGE_NAME = "=HYPERLINK(\"http://x\",\"村卫生室\")";

  private SmallDataset() {}

  static Dataset dataset() {
    List<BundleRecord> r = new ArrayList<>();
    r.add(Institution.builder().code(TOWNSHIP).name("某某镇卫生院").type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .regionCode(RegionCode.parse(TOWNSHIP)).build());
    r.add(Institution.builder().code(VILLAGE).name(VILLAGE_NAME).type(InstitutionType.VILLAGE_CLINIC)
        .regionCode(RegionCode.parse(VILLAGE)).parentCode(TOWNSHIP).build());
    r.add(resident("R1", Sex.FEMALE, LocalDate.of(1950, 3, 1), TOWNSHIP));
    r.add(resident("R2", Sex.MALE, LocalDate.of(1962, 7, 9), VILLAGE));
    r.add(resident("R3", Sex.MALE, LocalDate.of(1985, 1, 20), VILLAGE));
    r.add(resident("R4", Sex.FEMALE, LocalDate.of(2021, 5, 5), TOWNSHIP));
    r.add(Registration.builder().registrationId("G1").residentId("R1").condition(Condition.HYPERTENSION)
        .enrolledDate(LocalDate.of(2020, 5, 10)).build());
    r.add(Registration.builder().registrationId("G2").residentId("R2").condition(Condition.HYPERTENSION)
        .enrolledDate(LocalDate.of(2021, 6, 1)).build());
    int n = 0;
    for (int month : new int[] {2, 5, 8, 11}) {
      r.add(FollowUp.builder().followUpId("F" + ++n).residentId("R1").condition(Condition.HYPERTENSION)
          .visitDate(LocalDate.of(2024, month, 10)).method(FollowUpMethod.CLINIC).sbp(132).dbp(84).build());
    }
    r.add(FollowUp.builder().followUpId("F9").residentId("R2").condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 3, 3)).method(FollowUpMethod.PHONE).sbp(150).dbp(95).build());
    r.add(Checkup.builder().checkupId("C1").residentId("R1").checkupDate(LocalDate.of(2024, 4, 2))
        .kind(CheckupKind.ELDERLY_ANNUAL).formComplete(true).guidanceGiven(true).sbp(130).dbp(80).build());
    return Dataset.of(r);
  }

  private static Resident resident(String id, Sex sex, LocalDate birth, String institution) {
    return Resident.builder()
        .residentId(id)
        .sex(sex)
        .birthDate(birth)
        .regionCode(RegionCode.parse(institution))
        .institutionCode(institution)
        .permanent(true)
        .recordEstablishedDate(LocalDate.of(2019, 1, 1))
        .electronicRecord(true)
        .build();
  }

  static IndicatorReport report() {
    return Indicators.national().report(dataset(), ReportingPeriod.ofYear(2024), Rulebook.national2017());
  }

  static IndicatorReport byInstitution() {
    return report().stratifiedBy(Stratification.INSTITUTION);
  }
}
