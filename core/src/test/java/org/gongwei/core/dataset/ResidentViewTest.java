package org.gongwei.core.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.gongwei.core.Samples;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.tcm.TcmService;
import org.junit.jupiter.api.Test;

class ResidentViewTest {
  private final Resident r1 = Samples.residentBorn("R1", LocalDate.of(1950, 1, 1));

  @Test
  void refusesRecordsOfAnotherResident() {
    ResidentView.Builder b = ResidentView.builder(r1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.add(new TcmService("S1", "R2", LocalDate.of(2024, 1, 1), TcmKind.ELDERLY)));
    assertTrue(e.getMessage().contains("R2"));
  }

  @Test
  void refusesRecordsThatAreNotAboutOneResident() {
    Institution i =
        Institution.builder().code("X").name("X 卫生院").type(InstitutionType.TOWNSHIP_HEALTH_CENTER).regionCode(Samples.VILLAGE).build();
    assertThrows(IllegalArgumentException.class, () -> ResidentView.builder(r1).add(i));
  }

  @Test
  void refusesVisitsOfPregnanciesItDoesNotHave() {
    ResidentView.Builder b =
        ResidentView.builder(r1)
            .add(MaternalVisit.builder().visitId("V1").pregnancyId("P1").visitDate(LocalDate.of(2024, 1, 1)).kind(MaternalVisitKind.PRENATAL).build());
    assertThrows(IllegalArgumentException.class, b::build);
  }

  @Test
  void aBuilderBuildsOnce() {
    ResidentView.Builder b = ResidentView.builder(r1);
    ResidentView v = b.build();
    assertEquals(0, v.recordCount());
    assertThrows(IllegalStateException.class, b::build);
    assertThrows(IllegalStateException.class, () -> b.add(new TcmService("S1", "R1", LocalDate.of(2024, 1, 1), TcmKind.ELDERLY)));
  }

  @Test
  void sortsByDateThenId() {
    ResidentView v =
        ResidentView.builder(r1)
            .add(new TcmService("S2", "R1", LocalDate.of(2024, 1, 1), TcmKind.ELDERLY))
            .add(new TcmService("S3", "R1", LocalDate.of(2023, 1, 1), TcmKind.ELDERLY))
            .add(new TcmService("S1", "R1", LocalDate.of(2024, 1, 1), TcmKind.ELDERLY))
            .build();
    assertEquals(java.util.List.of("S3", "S1", "S2"), v.tcmServices().stream().map(TcmService::id).toList());
    assertThrows(UnsupportedOperationException.class, () -> v.tcmServices().clear());
  }
}
