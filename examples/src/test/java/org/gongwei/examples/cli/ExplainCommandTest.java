package org.gongwei.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.Condition;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.IdCardNumber;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Membership;
import org.gongwei.io.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  private static Dataset sample;
  private static Resident patient;

  @BeforeAll
  static void findAHypertensionPatientWithAnIdNumber() throws IOException {
    sample = BundleReader.defaults().read(Cli.sample()).dataset();
    patient = sample.registrations().stream()
        .filter(r -> r.condition() == Condition.HYPERTENSION)
        .map(Registration::residentId)
        .map(id -> sample.resident(id).orElseThrow())
        .filter(r -> r.idNumber().isPresent())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void explainsEachApplicableIndicatorWithTheReasonAndMasksTheIdNumber() {
    Cli.Result r = Cli.run("explain", Cli.sample().toString(), "--resident", patient.residentId());
    assertEquals(0, r.code(), r.toString());
    String number = patient.idNumber().orElseThrow();
    assertFalse(r.out().contains(number), "the full ID number is shown");
    assertTrue(r.out().contains("ID " + IdCardNumber.mask(number)), r.out());
    assertTrue(r.out().contains("Resident " + patient.residentId()), r.out());
    assertTrue(r.out().contains("Period 2024 "), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("HTN-01 ") && (l.contains("numerator") || l.contains("denominator only"))),
        r.out());
    assertTrue(r.out().contains("do not apply") || r.out().contains("does not apply"), r.out());
  }

  @Test
  void allListsTheIndicatorsThatDoNotApplyWithTheReason() {
    Cli.Result r = Cli.run("explain", Cli.sample().toString(), "--resident", patient.residentId(), "--all");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains(ExplainCommand.where(Membership.NOT_IN_DENOMINATOR)), r.out());
    assertFalse(r.out().contains("(--all lists them"), r.out());
  }

  @Test
  void theResidentCanBeNamedByIdNumber() {
    Cli.Result r = Cli.run("explain", Cli.sample().toString(), "--resident", patient.idNumber().orElseThrow(),
        "--year", "2024", "--detail", "all");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Resident " + patient.residentId()), r.out());
  }

  @Test
  void anUnknownResidentIsExitCode2WithoutItsNumberInFull() {
    String number = "11010519491231002X";
    Cli.Result r = Cli.run("explain", Cli.sample().toString(), "--resident", number);
    assertEquals(ExitCodes.UNUSABLE, r.code(), r.toString());
    assertFalse(r.err().contains(number), r.err());
    assertTrue(r.err().contains("no resident '110105********002X'"), r.err());
    assertEquals(ExitCodes.UNUSABLE, Cli.run("explain", Cli.sample().toString()).code());
  }

  @Test
  void describesTheResident() {
    String text = ExplainCommand.describe(patient, sample, org.gongwei.core.period.ReportingPeriod.ofYear(2024),
        org.gongwei.indicators.rulebook.Rulebook.national2017());
    assertTrue(text.contains("institution " + patient.institutionCode()), text);
    assertTrue(text.contains("rulebook national-2017"), text);
    assertTrue(ExplainCommand.find(sample, Path.of("x").toString()).isEmpty());
  }
}
