package org.gongwei.indicators.records;

import static org.gongwei.indicators.fixture.PersonFixture.checkup;
import static org.gongwei.indicators.fixture.PersonFixture.childCheckup;
import static org.gongwei.indicators.fixture.PersonFixture.context;
import static org.gongwei.indicators.fixture.PersonFixture.contract;
import static org.gongwei.indicators.fixture.PersonFixture.date;
import static org.gongwei.indicators.fixture.PersonFixture.delivered;
import static org.gongwei.indicators.fixture.PersonFixture.followUp;
import static org.gongwei.indicators.fixture.PersonFixture.maternalVisit;
import static org.gongwei.indicators.fixture.PersonFixture.mentalFollowUp;
import static org.gongwei.indicators.fixture.PersonFixture.person;
import static org.gongwei.indicators.fixture.PersonFixture.resident;
import static org.gongwei.indicators.fixture.PersonFixture.shortfalls;
import static org.gongwei.indicators.fixture.PersonFixture.tbCourse;
import static org.gongwei.indicators.fixture.PersonFixture.tcm;
import static org.gongwei.indicators.fixture.PersonFixture.total;
import static org.gongwei.indicators.fixture.PersonFixture.vaccination;
import static org.gongwei.indicators.fixture.PersonFixture.year2024;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.fixture.PersonFixture;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class RecordUseTest {
  private final RecordUse indicator = new RecordUse();

  @Test
  void everyKindOfServiceMakesTheRecordDynamic() {
    LocalDate d = date(2024, 5, 1);
    List<BundleRecord> data = new ArrayList<>();
    String[] ids = {"FU", "CK", "TCM", "MAT", "CH", "VAC", "MEN", "TB", "K"};
    for (String id : ids) {
      data.add(person(id, date(1990, 1, 1)));
    }
    data.add(followUp("FU", d));
    data.add(checkup("CK", d, CheckupKind.GENERAL, false, false));
    data.add(tcm("TCM", d, TcmKind.ELDERLY));
    data.add(delivered("P1", "MAT", date(2023, 6, 1), 1)); // the pregnancy's own dates do not count
    data.add(maternalVisit("P1", d));
    data.add(childCheckup("CH", d));
    data.add(vaccination("VAC", Vaccine.HEPB, 1, d));
    data.add(mentalFollowUp("MEN", d));
    data.add(tbCourse("TB", date(2023, 1, 1), d)); // notified 2023, first visit in the window
    data.add(contract("K", d, d.plusYears(1)));
    // 9 open records, each with one service in 2024
    assertEquals(new Counts(9, 9), total(indicator, year2024(), data, "EHR-03"));
  }

  @Test
  void windowOfTwelveMonthsEndingAtPeriodEnd() {
    List<BundleRecord> data =
        List.of(
            person("IN_FIRST", date(1990, 1, 1)),
            followUp("IN_FIRST", date(2024, 1, 1)),
            person("EXACTLY_12_BEFORE", date(1990, 1, 1)),
            followUp("EXACTLY_12_BEFORE", date(2023, 12, 31)),
            person("LAST_DAY", date(1990, 1, 1)),
            followUp("LAST_DAY", date(2024, 12, 31)),
            person("AFTER", date(1990, 1, 1)),
            followUp("AFTER", date(2025, 1, 1)),
            person("NONE", date(1990, 1, 1)),
            person("TB_NOT_VISITED", date(1990, 1, 1)),
            tbCourse("TB_NOT_VISITED", date(2024, 3, 1), null));
    // window 2024-01-01..2024-12-31: IN_FIRST and LAST_DAY dynamic; 2023-12-31 (12 months before
    // the end) and 2025-01-01 are outside; 6 open records
    assertEquals(new Counts(2, 6), total(indicator, year2024(), data, "EHR-03"));
    Map<String, String> why = shortfalls(indicator, year2024(), data, "EHR-03");
    assertEquals("no service recorded in the 12 months 2024-01-01..2024-12-31", why.get("EXACTLY_12_BEFORE"));
    assertEquals(List.of("EXACTLY_12_BEFORE", "AFTER", "NONE", "TB_NOT_VISITED"), List.copyOf(why.keySet()));
  }

  @Test
  void windowOfAQuarterIsStillTwelveMonths() {
    List<BundleRecord> data =
        List.of(
            person("A", date(1990, 1, 1)),
            followUp("A", date(2023, 7, 1)),
            person("B", date(1990, 1, 1)),
            followUp("B", date(2023, 6, 30)));
    // 2024-Q2 ends 2024-06-30: window 2023-07-01..2024-06-30 → A dynamic, B not
    assertEquals(new Counts(1, 2), total(indicator, context(ReportingPeriod.ofQuarter(2024, 2)), data, "EHR-03"));
  }

  @Test
  void knobDynamicRecordWindowMonths() {
    List<BundleRecord> data =
        List.of(
            person("A", date(1990, 1, 1)),
            followUp("A", date(2024, 7, 1)),
            person("B", date(1990, 1, 1)),
            followUp("B", date(2024, 6, 30)),
            person("C", date(1990, 1, 1)),
            followUp("C", date(2023, 1, 1)));
    // default 12 months: A, B dynamic (C in 2023) → 2/3
    assertEquals(new Counts(2, 3), total(indicator, year2024(), data, "EHR-03"));
    // 6 months: window 2024-07-01..2024-12-31 → A only
    var six = context(ReportingPeriod.ofYear(2024), Rulebook.national2017().withDynamicRecordWindowMonths(6));
    assertEquals(new Counts(1, 3), total(indicator, six, data, "EHR-03"));
    assertEquals(
        "no service recorded in the 6 months 2024-07-01..2024-12-31", shortfalls(indicator, six, data, "EHR-03").get("B"));
    // 24 months: window 2023-01-01..2024-12-31 → all three
    var two = context(ReportingPeriod.ofYear(2024), Rulebook.national2017().withDynamicRecordWindowMonths(24));
    assertEquals(new Counts(3, 3), total(indicator, two, data, "EHR-03"));
  }

  @Test
  void onlyOpenRecordsCount() {
    List<BundleRecord> data =
        List.of(
            resident("NO_RECORD", date(1990, 1, 1)).recordEstablishedDate(Optional.empty()).build(),
            followUp("NO_RECORD", date(2024, 3, 1)),
            resident("CLOSED", date(1990, 1, 1)).recordClosedDate(date(2024, 12, 31)).build(),
            followUp("CLOSED", date(2024, 3, 1)),
            resident("DEAD", date(1990, 1, 1)).deathDate(date(2024, 8, 1)).build(),
            followUp("DEAD", date(2024, 3, 1)),
            resident("LATER", date(1990, 1, 1)).recordEstablishedDate(date(2025, 1, 2)).build(),
            resident("NOT_PERMANENT", date(1990, 1, 1)).permanent(false).build(),
            followUp("NOT_PERMANENT", date(2024, 3, 1)),
            resident("CLOSED_AFTER", date(1990, 1, 1)).recordClosedDate(date(2025, 1, 1)).build());
    // open on 2024-12-31: NOT_PERMANENT (records, not population) and CLOSED_AFTER; the first is dynamic
    assertEquals(new Counts(1, 2), total(indicator, year2024(), data, "EHR-03"));
  }

  @Property(tries = 60)
  void proportionsAndOrderIndependence(@ForAll long seed) {
    PersonFixture.checkInvariants(indicator, PersonFixture.randomRecords(seed), seed, List.of());
  }
}
