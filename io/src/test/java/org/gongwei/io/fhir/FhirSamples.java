package org.gongwei.io.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.IdDocumentType;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.RecordClosureReason;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;

/** A small county with one record of every carried type and field, for the FHIR tests. */
final class FhirSamples {
  private FhirSamples() {}

  static List<BundleRecord> records() {
    List<BundleRecord> r = new ArrayList<>();
    r.add(Institution.builder().code("T1").name("某某镇卫生院").type(InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .regionCode(RegionCode.parse("430321101")).uscc("91350100M000100Y43").build());
    r.add(Institution.builder().code("V1").name("某某村卫生室").type(InstitutionType.VILLAGE_CLINIC)
        .regionCode(RegionCode.parse("430321101201")).parentCode("T1").build());
    r.add(Resident.builder().residentId("43032110120100001").idNumber("11010519491231002X").name("张三")
        .sex(Sex.FEMALE).birthDate(LocalDate.of(1949, 12, 31)).ethnicity(Ethnicity.HAN)
        .regionCode(RegionCode.parse("430321101201")).institutionCode("V1").doctorId("D01").permanent(true)
        .householdRegistered(true).recordEstablishedDate(LocalDate.of(2015, 3, 1)).electronicRecord(true)
        .recordStandardized(true).disabled(true).build());
    r.add(Resident.builder().residentId("43032110120100002").idType(IdDocumentType.PASSPORT).idNumber("E12345678")
        .sex(Sex.UNSPECIFIED).birthDate(LocalDate.of(2023, 5, 6)).regionCode(RegionCode.parse("430321101201"))
        .institutionCode("T1").permanent(false).recordEstablishedDate(LocalDate.of(2023, 6, 1))
        .recordClosedDate(LocalDate.of(2024, 8, 1)).recordClosedReason(RecordClosureReason.DEATH)
        .deathDate(LocalDate.of(2024, 7, 30)).povertyAlleviated(true).familyPlanningSpecial(true)
        .vaccinationCertificateDate(LocalDate.of(2023, 6, 2)).build());
    r.add(Registration.builder().registrationId("G01").residentId("43032110120100001").condition(Condition.HYPERTENSION)
        .icd10(Icd10Code.parse("I10.x00")).diagnosedDate(LocalDate.of(2015, 1, 1)).enrolledDate(LocalDate.of(2015, 2, 1))
        .institutionCode("V1").build());
    r.add(Registration.builder().registrationId("G02").residentId("43032110120100001").condition(Condition.TYPE2_DIABETES)
        .icd10(Icd10Code.parse("E11")).enrolledDate(LocalDate.of(2020, 2, 1)).endedDate(LocalDate.of(2024, 7, 30))
        .endedReason("死亡").build());
    r.add(FollowUp.builder().followUpId("F01").residentId("43032110120100001").condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 3, 5)).method(FollowUpMethod.CLINIC).sbp(138).dbp(86)
        .classification(FollowUpClassification.SATISFACTORY).adherence(MedicationAdherence.REGULAR)
        .nextVisitDate(LocalDate.of(2024, 6, 5)).doctorId("D01").institutionCode("V1").build());
    r.add(FollowUp.builder().followUpId("F02").residentId("43032110120100001").condition(Condition.TYPE2_DIABETES)
        .visitDate(LocalDate.of(2024, 4, 5)).method(FollowUpMethod.HOME).fastingGlucose(7.1).hba1c(6.5)
        .adverseReaction(true).referral(true).classification(FollowUpClassification.ADVERSE_REACTION).build());
    r.add(FollowUp.builder().followUpId("F03").residentId("43032110120100001").condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 6, 5)).method(FollowUpMethod.PHONE).sbp(150).build());
    r.add(Vaccination.builder().vaccinationId("I01").residentId("43032110120100002").vaccine(Vaccine.HEPB).dose(2)
        .vaccinationDate(LocalDate.of(2023, 6, 6)).institutionCode("T1").build());
    r.add(Contract.builder().contractId("K01").residentId("43032110120100001").startDate(LocalDate.of(2024, 1, 1))
        .endDate(LocalDate.of(2024, 12, 31)).teamId("TEAM1").doctorId("D01").institutionCode("V1")
        .servicePackage("基础包").feeYuan(new BigDecimal("120.50")).build());
    r.add(Contract.builder().contractId("K02").residentId("43032110120100002").startDate(LocalDate.of(2023, 7, 1))
        .endDate(LocalDate.of(2024, 6, 30)).terminatedDate(LocalDate.of(2024, 1, 31)).teamId("TEAM1").build());
    return r;
  }

  static Dataset dataset() {
    return Dataset.of(records());
  }
}
