package org.gongwei.io.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.Sex;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.io.cda.CdaWriter;
import org.gongwei.io.fhir.FhirWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same validation and reporting for a directory of CDA documents and for a FHIR Bundle. */
class OtherFormatsTest {
  private static final SubmissionValidator VALIDATOR =
      SubmissionValidator.defaults().withValidator(DatasetValidator.builder().asOf(LocalDate.of(2025, 6, 30)).build());

  private static Resident resident(String id) {
    return Resident.builder()
        .residentId(id)
        .sex(Sex.MALE)
        .birthDate(LocalDate.of(1950, 3, 1))
        .regionCode(RegionCode.parse("430321101201"))
        .institutionCode("430321101")
        .permanent(true)
        .idNumber("11010519491231002X")
        .build();
  }

  private static FollowUp followUp(String id, String resident, int sbp) {
    return FollowUp.builder()
        .followUpId(id)
        .residentId(resident)
        .condition(Condition.HYPERTENSION)
        .visitDate(LocalDate.of(2024, 3, 5))
        .method(FollowUpMethod.CLINIC)
        .sbp(sbp)
        .dbp(86)
        .build();
  }

  @Test
  void aDirectoryOfCdaDocuments(@TempDir Path dir) throws IOException {
    CdaWriter cda = CdaWriter.create();
    Resident r1 = resident("R1");
    Files.writeString(dir.resolve("r1.xml"), cda.toXml(r1), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("f1.xml"), cda.toXml(followUp("F1", "R1", 320), r1), StandardCharsets.UTF_8);
    // a follow-up whose resident sent no 483.1 document
    Files.writeString(dir.resolve("f2.xml"), cda.toXml(followUp("F2", "R2", 138), resident("R2")), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("broken.xml"), "<ClinicalDocument", StandardCharsets.UTF_8);
    SubmissionReport r = VALIDATOR.validate(dir);
    assertEquals(InputKind.CDA_DIRECTORY, r.kind());
    assertEquals(4, r.read());
    assertEquals(3, r.accepted());
    assertEquals(1, r.rejected());
    assertEquals(Verdict.ERRORS, r.verdict());
    Problem implausible = r.problems().stream().filter(p -> p.code().equals("SBP_IMPLAUSIBLE")).findFirst().orElseThrow();
    assertEquals("f1.xml", implausible.file().orElseThrow()); // located at its document
    Problem unknown = r.problems().stream().filter(p -> p.code().equals("UNKNOWN_RESIDENT")).findFirst().orElseThrow();
    assertEquals("f2.xml", unknown.file().orElseThrow());
    assertTrue(r.summary().contains("documents: 4 read, 3 accepted, 1 rejected"), r.summary());
  }

  @Test
  void aFhirBundle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bundle.json");
    FhirWriter.write(Dataset.of(List.of(resident("R1"), followUp("F1", "R1", 320))), file);
    SubmissionReport r = VALIDATOR.validate(file);
    assertEquals(InputKind.FHIR_BUNDLE, r.kind());
    assertEquals(r.read(), r.accepted() + r.rejected() + r.ignored());
    assertTrue(r.countsByCode().containsKey("SBP_IMPLAUSIBLE"), r.summary());
    assertEquals(Verdict.NO_ERRORS, r.verdict(), r.summary()); // an implausible reading is a warning
    assertTrue(SubmissionReportWriter.toJson(r).contains("\"unit\" : \"resources\""));
  }
}
