package org.gongwei.core.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.Samples;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.tcm.TcmService;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static FollowUp followUp(String id, String resident, LocalDate date) {
    return FollowUp.builder()
        .followUpId(id)
        .residentId(resident)
        .condition(Condition.HYPERTENSION)
        .visitDate(date)
        .method(FollowUpMethod.CLINIC)
        .build();
  }

  private static List<BundleRecord> sample() {
    List<BundleRecord> records = new ArrayList<>();
    records.add(Samples.residentBorn("R1", LocalDate.of(1950, 1, 1)));
    records.add(Samples.residentBorn("R2", LocalDate.of(1995, 6, 1)));
    records.add(followUp("F2", "R1", LocalDate.of(2024, 6, 1)));
    records.add(followUp("F1", "R1", LocalDate.of(2024, 3, 1)));
    records.add(followUp("F3", "R9", LocalDate.of(2024, 3, 1))); // unknown resident
    records.add(Pregnancy.builder().pregnancyId("P1").residentId("R2").deliveryDate(LocalDate.of(2024, 5, 2)).liveBirths(2).build());
    records.add(MaternalVisit.builder().visitId("V2").pregnancyId("P1").visitDate(LocalDate.of(2024, 5, 20)).kind(MaternalVisitKind.POSTPARTUM).build());
    records.add(MaternalVisit.builder().visitId("V1").pregnancyId("P1").visitDate(LocalDate.of(2023, 11, 2)).kind(MaternalVisitKind.PRENATAL).gestationalWeeks(12).build());
    records.add(MaternalVisit.builder().visitId("V9").pregnancyId("P9").visitDate(LocalDate.of(2024, 1, 2)).kind(MaternalVisitKind.PRENATAL).build()); // unknown pregnancy
    records.add(new TcmService("S1", "R1", LocalDate.of(2024, 4, 4), TcmKind.ELDERLY));
    records.add(new ChildVisit("C1", "R2", LocalDate.of(2024, 4, 4), ChildVisitKind.CHECKUP));
    records.add(new SatisfactionSurvey("Q1", Optional.empty(), LocalDate.of(2024, 4, 4), 5)); // names no resident
    return records;
  }

  @Test
  void groupsRecordsByResidentInDateOrder() {
    Dataset d = Dataset.of(sample());
    ResidentView r1 = d.view("R1").orElseThrow();
    assertEquals(List.of("F1", "F2"), r1.followUps().stream().map(FollowUp::id).toList());
    assertEquals(1, r1.tcmServices().size());
    ResidentView r2 = d.view("R2").orElseThrow();
    assertEquals(List.of("V1", "V2"), r2.maternalVisits().stream().map(MaternalVisit::id).toList());
    assertEquals(List.of("V1", "V2"), r2.maternalVisitsOf("P1").stream().map(MaternalVisit::id).toList());
    assertEquals(4, r2.recordCount()); // pregnancy, 2 visits, child visit
    assertEquals(3, d.unattachedRecords()); // F3, V9, Q1
    assertEquals(List.of("R1", "R2"), d.residentViews().stream().map(ResidentView::residentId).toList());
  }

  @Test
  void keepsEveryRecordAndCountsByType() {
    Dataset d = Dataset.of(sample());
    assertEquals(12, d.size());
    Map<RecordType, Integer> counts = d.counts();
    assertEquals(2, counts.get(RecordType.RESIDENT));
    assertEquals(3, counts.get(RecordType.FOLLOW_UP));
    assertEquals(3, counts.get(RecordType.MATERNAL_VISIT));
    assertEquals(12, d.stream().count());
    assertTrue(d.pregnancy("P1").isPresent());
    assertTrue(d.resident("R9").isEmpty());
    assertTrue(d.institution("X").isEmpty());
    assertEquals("Dataset[2 residents, 12 records]", d.toString());
  }

  @Test
  void duplicatedResidentIdsGetOneView() {
    Dataset d =
        Dataset.of(
            List.of(
                Samples.residentBorn("R1", LocalDate.of(1950, 1, 1)),
                Samples.residentBorn("R1", LocalDate.of(1960, 1, 1)),
                followUp("F1", "R1", LocalDate.of(2024, 3, 1))));
    assertEquals(1, d.residentViews().size());
    assertEquals(LocalDate.of(1950, 1, 1), d.resident("R1").orElseThrow().birthDate());
    assertEquals(2, d.residents().size());
    assertEquals(1, d.view("R1").orElseThrow().followUps().size());
  }

  @Test
  void emptyDataset() {
    Dataset d = Dataset.empty();
    assertEquals(0, d.size());
    assertTrue(d.residentViews().isEmpty());
    assertTrue(d.followUps().isEmpty());
  }

  @Property(tries = 50)
  void viewsDoNotDependOnInputOrder(@ForAll long seed) {
    List<BundleRecord> records = sample();
    Collections.shuffle(records, new Random(seed));
    Dataset shuffled = Dataset.of(records);
    Dataset original = Dataset.of(sample());
    for (ResidentView v : original.residentViews()) {
      ResidentView w = shuffled.view(v.residentId()).orElseThrow();
      assertEquals(v.followUps(), w.followUps());
      assertEquals(v.maternalVisits(), w.maternalVisits());
      assertEquals(v.recordCount(), w.recordCount());
    }
    assertEquals(original.unattachedRecords(), shuffled.unattachedRecords());
  }
}
