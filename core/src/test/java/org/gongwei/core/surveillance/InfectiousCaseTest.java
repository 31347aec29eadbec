package org.gongwei.core.surveillance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.gongwei.core.code.DiseaseClass;
import org.junit.jupiter.api.Test;

class InfectiousCaseTest {
  private static final LocalDateTime DIAGNOSED = LocalDateTime.of(2024, 3, 1, 10, 0);

  private static InfectiousCase.Builder infectiousCase(DiseaseClass c) {
    return InfectiousCase.builder().caseId("D1").institutionCode("430321101").diseaseClass(c).diagnosedAt(DIAGNOSED);
  }

  @Test
  void reportedInTimeWithinTheClassWindowInclusive() {
    assertTrue(infectiousCase(DiseaseClass.A).reportedAt(DIAGNOSED.plusHours(2)).build().isReportedInTime());
    assertFalse(infectiousCase(DiseaseClass.A).reportedAt(DIAGNOSED.plusHours(2).plusMinutes(1)).build().isReportedInTime());
    assertTrue(infectiousCase(DiseaseClass.B).reportedAt(DIAGNOSED.plusHours(24)).build().isReportedInTime());
    assertFalse(infectiousCase(DiseaseClass.C).reportedAt(DIAGNOSED.plusHours(25)).build().isReportedInTime());
    assertFalse(infectiousCase(DiseaseClass.B).build().isReportedInTime());
  }
}
