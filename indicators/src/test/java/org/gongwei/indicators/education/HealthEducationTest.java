package org.gongwei.indicators.education;

import static org.gongwei.core.code.EducationKind.AUDIO_VIDEO;
import static org.gongwei.core.code.EducationKind.BULLETIN_UPDATE;
import static org.gongwei.core.code.EducationKind.CONSULTATION;
import static org.gongwei.core.code.EducationKind.LECTURE;
import static org.gongwei.core.code.EducationKind.PRINTED;
import static org.gongwei.indicators.fixture.PersonFixture.reasonOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gongwei.core.code.EducationKind;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.Measure;
import org.gongwei.indicators.engine.Tally;
import org.gongwei.indicators.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

class HealthEducationTest {
  private static final Engine ENGINE = Engine.of(List.of(), List.of(new HealthEducation()));
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);
  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

  private static Tally tally(Dataset data, ReportingPeriod period) {
    return ENGINE.evaluate(data, EvaluationContext.of(period, Rulebook.national2017()));
  }

  private static DrillDown drill(Dataset data, ReportingPeriod period, String measure) {
    return ENGINE.drillDown(data, EvaluationContext.of(period, Rulebook.national2017()), measure, c -> true);
  }

  /** A centre meeting everything, a centre short of bulletins and lectures, a village clinic, a station without data, a hospital. */
  private static EducationFixture year2024() {
    EducationFixture f = new EducationFixture();
    f.addInstitution("C1", InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .activities("C1", PRINTED, 12, JAN).activities("C1", AUDIO_VIDEO, 6, JAN).activities("C1", BULLETIN_UPDATE, 6, JAN)
        .activities("C1", LECTURE, 12, JAN).activities("C1", CONSULTATION, 9, JAN);
    f.addInstitution("C2", InstitutionType.COMMUNITY_HEALTH_CENTER)
        .activities("C2", PRINTED, 12, JAN).activities("C2", AUDIO_VIDEO, 6, JAN).activities("C2", BULLETIN_UPDATE, 4, JAN)
        .activities("C2", LECTURE, 7, JAN).activities("C2", CONSULTATION, 9, JAN)
        .activities("C2", LECTURE, 5, LocalDate.of(2025, 1, 1)); // next year: not counted
    f.addInstitution("V1", InstitutionType.VILLAGE_CLINIC)
        .activities("V1", PRINTED, 12, JAN).activities("V1", BULLETIN_UPDATE, 6, JAN).activities("V1", LECTURE, 6, JAN);
    f.addInstitution("S1", InstitutionType.COMMUNITY_HEALTH_STATION);
    f.addInstitution("H1", InstitutionType.HOSPITAL).activities("H1", LECTURE, 20, JAN);
    f.activities("X9", LECTURE, 20, JAN); // an institution not in the bundle
    return f;
  }

  @Test
  void shareOfInstitutionsMeetingEveryItemByHand() {
    Dataset data = year2024().dataset();
    Tally t = tally(data, Y2024);
    // C1 and V1 meet every item; C2 and S1 do not; H1 is no primary-care institution: 2/4
    assertEquals(new Counts(2, 4), t.total("HE-01"));
    // printed: C1, C2, V1 of 4; audio-video and consultations: centres C1, C2 only
    assertEquals(new Counts(3, 4), t.total("HE-01(PRINTED)"));
    assertEquals(new Counts(2, 2), t.total("HE-01(AUDIO_VIDEO)"));
    assertEquals(new Counts(2, 4), t.total("HE-01(BULLETIN_UPDATE)"));
    assertEquals(new Counts(2, 4), t.total("HE-01(LECTURE)"));
    assertEquals(new Counts(2, 2), t.total("HE-01(CONSULTATION)"));

    DrillDown drill = drill(data, Y2024, "HE-01");
    assertEquals(List.of("C1", "C2", "V1", "S1"), drill.denominatorIds());
    assertEquals(List.of("C1", "V1"), drill.numeratorIds());
    assertEquals("bulletin updates 4 of 6, lectures 7 of 12", reasonOf(drill, "C2"));
    assertEquals("printed material titles 0 of 12, bulletin updates 0 of 6, lectures 0 of 6", reasonOf(drill, "S1"));
    assertEquals("lectures 7 of 12", reasonOf(drill(data, Y2024, "HE-01(LECTURE)"), "C2"));
  }

  @Test
  void measuresAreTheHeadlineAndOnePartPerItem() {
    assertEquals(
        List.of("HE-01", "HE-01(PRINTED)", "HE-01(AUDIO_VIDEO)", "HE-01(BULLETIN_UPDATE)", "HE-01(LECTURE)", "HE-01(CONSULTATION)"),
        new HealthEducation().measures().stream().map(Measure::id).toList());
    assertEquals("lectures", new HealthEducation().measures().get(4).label());
  }

  @Test
  void countedInTheInstitutionCell() {
    Tally t = tally(year2024().dataset(), Y2024);
    assertEquals(new Counts(0, 1), t.total("HE-01", c -> c.institutionCode().equals("C2")));
    assertEquals(new Counts(2, 4), t.total("HE-01", c -> c.regionCode().equals("430321101")));
  }

  @Test
  void quarterRequirementsAreProRatedAndRoundedUp() {
    EducationFixture f = new EducationFixture();
    // Q1 2024, centre: printed 3, audio-video ceil(1.5) = 2, bulletins 2, lectures 3, consultations ceil(2.25) = 3
    f.addInstitution("C1", InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .activities("C1", PRINTED, 3, JAN).activities("C1", AUDIO_VIDEO, 2, JAN).activities("C1", BULLETIN_UPDATE, 2, JAN)
        .activities("C1", LECTURE, 3, JAN).activities("C1", CONSULTATION, 3, JAN);
    // same centre type, one short of each rounded-up item
    f.addInstitution("C2", InstitutionType.TOWNSHIP_HEALTH_CENTER)
        .activities("C2", PRINTED, 3, JAN).activities("C2", AUDIO_VIDEO, 1, JAN).activities("C2", BULLETIN_UPDATE, 2, JAN)
        .activities("C2", LECTURE, 3, JAN).activities("C2", CONSULTATION, 2, JAN);
    // village clinic, Q1: printed 3, bulletins 2, lectures ceil(1.5) = 2
    f.addInstitution("V1", InstitutionType.VILLAGE_CLINIC)
        .activities("V1", PRINTED, 3, JAN).activities("V1", BULLETIN_UPDATE, 2, JAN).activities("V1", LECTURE, 2, JAN);
    ReportingPeriod q1 = ReportingPeriod.ofQuarter(2024, 1);
    Dataset data = f.dataset();
    assertEquals(new Counts(2, 3), tally(data, q1).total("HE-01"));
    assertEquals("audio-video titles 1 of 2, consultations 2 of 3", reasonOf(drill(data, q1, "HE-01"), "C2"));
    // the same data over the year falls far short
    assertEquals(new Counts(0, 3), tally(data, Y2024).total("HE-01"));
  }

  @Test
  void activitiesOnTheFirstAndLastDayCount() {
    EducationFixture f = new EducationFixture();
    f.addInstitution("V1", InstitutionType.VILLAGE_CLINIC)
        .activities("V1", PRINTED, 3, LocalDate.of(2024, 4, 1)).activities("V1", BULLETIN_UPDATE, 2, LocalDate.of(2024, 4, 1))
        .activity("V1", LECTURE, LocalDate.of(2024, 4, 1), "first day")
        .activity("V1", LECTURE, LocalDate.of(2024, 6, 30), "last day")
        .activity("V1", LECTURE, LocalDate.of(2024, 3, 31), "day before")
        .activity("V1", LECTURE, LocalDate.of(2024, 7, 1), "day after");
    ReportingPeriod q2 = ReportingPeriod.ofQuarter(2024, 2);
    assertEquals(new Counts(1, 1), tally(f.dataset(), q2).total("HE-01(LECTURE)"));
    assertEquals(new Counts(1, 1), tally(f.dataset(), q2).total("HE-01"));
  }

  @Test
  void mchYearAsPeriodAsksTheAnnualNumbers() {
    EducationFixture f = new EducationFixture();
    // MCH2024 = 2023-10-01 .. 2024-09-30; 6 lectures from 2023-10-01 weekly are all inside
    f.addInstitution("V1", InstitutionType.VILLAGE_CLINIC)
        .activities("V1", PRINTED, 12, LocalDate.of(2023, 10, 1)).activities("V1", BULLETIN_UPDATE, 6, LocalDate.of(2023, 10, 1))
        .activities("V1", LECTURE, 6, LocalDate.of(2023, 10, 1));
    assertEquals(new Counts(1, 1), tally(f.dataset(), ReportingPeriod.ofMchYear(2024)).total("HE-01"));
    // the calendar year 2024 holds none of them
    assertEquals(new Counts(0, 1), tally(f.dataset(), Y2024).total("HE-01"));
  }

  @Test
  void noPrimaryCareInstitutionsNoDenominator() {
    EducationFixture f = new EducationFixture();
    f.addInstitution("H1", InstitutionType.HOSPITAL).activities("H1", LECTURE, 12, JAN);
    assertEquals(Counts.ZERO, tally(f.dataset(), Y2024).total("HE-01"));
  }

  @Property(tries = 100)
  void partsWithinDenominatorsAndOrderFree(@ForAll long seed) {
    Random r = new Random(seed);
    EducationFixture f = new EducationFixture();
    InstitutionType[] types = InstitutionType.values();
    int institutions = 1 + r.nextInt(6);
    for (int i = 0; i < institutions; i++) {
      f.addInstitution("I" + i, types[r.nextInt(types.length)]);
    }
    int activities = r.nextInt(120);
    for (int a = 0; a < activities; a++) {
      EducationKind kind = EducationKind.values()[r.nextInt(EducationKind.values().length)];
      String title = r.nextInt(4) == 0 ? null : "T" + r.nextInt(15);
      f.activity("I" + r.nextInt(institutions + 1), kind, LocalDate.of(2023, 10, 1).plusDays(r.nextInt(500)), title);
    }
    ReportingPeriod period = switch (r.nextInt(3)) {
      case 0 -> Y2024;
      case 1 -> ReportingPeriod.ofQuarter(2024, 1 + r.nextInt(4));
      default -> ReportingPeriod.ofMchYear(2024);
    };
    Tally t = tally(f.dataset(), period);
    List<BundleRecord> shuffled = new ArrayList<>(f.records());
    Collections.shuffle(shuffled, new Random(seed + 1));
    Tally again = tally(Dataset.of(shuffled), period);
    for (Measure m : new HealthEducation().measures()) {
      Counts c = t.total(m.id());
      assertTrue(c.numerator() >= 0 && c.numerator() <= c.denominator(), m + " " + c);
      assertTrue(c.denominator() <= t.total("HE-01").denominator(), m + " " + c);
      assertEquals(c, again.total(m.id()), m.id());
    }
    // an institution meeting every item meets each item: the headline numerator is at most each part's
    for (Measure m : new HealthEducation().measures()) {
      assertTrue(t.total("HE-01").numerator() <= t.total(m.id()).numerator() || m.id().contains("AUDIO") || m.id().contains("CONSULT"));
    }
  }
}
