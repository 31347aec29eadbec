package org.gongwei.io.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.validation.DatasetValidator;
import org.gongwei.core.validation.Problem;
import org.gongwei.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionValidatorTest {
  private static final SubmissionValidator VALIDATOR =
      SubmissionValidator.defaults().withValidator(DatasetValidator.builder().asOf(LocalDate.of(2025, 6, 30)).build());

  private static Path corpus(String name) throws URISyntaxException {
    return Path.of(SubmissionValidatorTest.class.getResource("/bundles/" + name).toURI());
  }

  @Test
  void aValidBundleHasNoErrors() throws Exception {
    SubmissionReport r = VALIDATOR.validate(corpus("valid"));
    assertEquals(Verdict.NO_ERRORS, r.verdict(), r.summary());
    assertEquals(0, r.verdict().exitCode());
    assertEquals(r.read(), r.accepted() + r.rejected());
  }

  @Test
  void duplicateIdsAreLocatedAtTheLinesOfTheirRepeats() throws Exception {
    // residents.csv: R1 on lines 2 and 3 → DUPLICATE_ID on line 3; followups.csv: F1 on lines 2 and 3 → line 3
    SubmissionReport r = VALIDATOR.validate(corpus("duplicate-ids"));
    assertEquals(Verdict.ERRORS, r.verdict());
    assertEquals(1, r.verdict().exitCode());
    List<Problem> duplicates = r.problems().stream().filter(p -> p.code().equals("DUPLICATE_ID")).toList();
    assertEquals(2, duplicates.size(), r.summary());
    assertEquals("followups.csv", duplicates.get(0).file().orElseThrow());
    assertEquals(3, duplicates.get(0).line().getAsLong());
    assertEquals("residents.csv", duplicates.get(1).file().orElseThrow());
    assertEquals(3, duplicates.get(1).line().getAsLong());
    assertEquals(2L, r.countsByCode().get("DUPLICATE_ID"));
  }

  @Test
  void unknownReferencesAreErrorsWithTheirLines() throws Exception {
    SubmissionReport r = VALIDATOR.validate(corpus("unknown-references"));
    assertEquals(Verdict.ERRORS, r.verdict());
    for (Problem p : r.problems()) {
      if (p.code().startsWith("UNKNOWN_")) {
        assertTrue(p.file().isPresent() && p.line().isPresent(), p.toString());
      }
    }
    assertTrue(r.countsByCode().containsKey("UNKNOWN_RESIDENT"), r.countsByCode().toString());
  }

  @Test
  void parsingProblemsAndRowAccountingAreKept() throws Exception {
    SubmissionReport r = VALIDATOR.validate(corpus("wrong-column-count"));
    assertTrue(r.rejected() > 0, r.summary());
    assertEquals(r.read(), r.accepted() + r.rejected());
    assertEquals(Verdict.ERRORS, r.verdict());
    assertTrue(r.summary().contains("residents.csv"), r.summary());
  }

  @Test
  void aMissingDirectoryIsUnusable(@TempDir Path dir) {
    SubmissionReport r = VALIDATOR.validate(dir.resolve("nope"));
    assertEquals(Verdict.UNUSABLE, r.verdict());
    assertEquals(2, r.verdict().exitCode());
    assertEquals(SubmissionValidator.UNUSABLE, r.problems().get(0).code());
    assertTrue(r.summary().contains("unusable input"), r.summary());
  }

  @Test
  void aFileIsNotABundle(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("residents.csv"), "resident_id\n");
    assertEquals(Verdict.UNUSABLE, VALIDATOR.validate(file).verdict());
  }

  @Test
  void idCardNumbersAreMaskedInEveryOutput(@TempDir Path dir) throws IOException {
    // an invalid check character: the message names the number, masked; a valid number of
    // another resident appears in no output
    Files.writeString(
        dir.resolve("residents.csv"),
        "resident_id,id_number,sex,birth_date,region_code,institution_code,permanent\n"
            + "R1,110105194912310021,2,1949-12-31,430321,X,1\n"
            + "R2,11010519491231002X,2,1949-12-31,430321,X,1\n",
        StandardCharsets.UTF_8);
    SubmissionReport r = VALIDATOR.validate(dir);
    String all = r.summary(100) + SubmissionReportWriter.toJson(r) + SubmissionReportWriter.toCsv(r);
    assertTrue(r.countsByCode().containsKey("ID_NUMBER_INVALID"), r.summary());
    assertFalse(all.contains("110105194912310021"), all);
    assertFalse(all.contains("11010519491231002X"), all);
  }

  @Test
  void maskingLeavesOtherNumbersAlone() {
    assertEquals("id 110105********002X here", Masking.mask("id 11010519491231002X here"));
    assertEquals("resident 43032110120100001", Masking.mask("resident 43032110120100001"));
    assertEquals("bad 110105194912310021", Masking.mask("bad 110105194912310021")); // not a valid number: nothing to protect
  }

  @Test
  void countsCoverEveryProblem() throws Exception {
    SubmissionReport r = VALIDATOR.validate(corpus("duplicate-ids"));
    long counted = r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO);
    assertEquals(counted, r.problems().size() + r.problemsOmitted());
    assertEquals(counted, r.countsByCode().values().stream().mapToLong(Long::longValue).sum());
  }
}
