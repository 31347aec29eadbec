package org.gongwei.indicators.maternal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.Sex;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.maternal.Pregnancy;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.rulebook.Rulebook;

/** Builds small maternal datasets for the MAT tests and evaluates them through the engine. */
final class MaternalFixture {
  static final Rulebook NATIONAL = Rulebook.national2017();
  static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private final List<BundleRecord> records = new ArrayList<>();
  private int visits;

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Adds a mother (permanent, born 1995) and returns her id. */
  MaternalFixture mother(String residentId) {
    records.add(
        Resident.builder()
            .residentId(residentId)
            .sex(Sex.FEMALE)
            .birthDate(date("1995-01-01"))
            .regionCode(RegionCode.parse("430321101201"))
            .institutionCode("430321101")
            .permanent(true)
            .build());
    return this;
  }

  /** Adds a record. */
  MaternalFixture add(BundleRecord record) {
    records.add(record);
    return this;
  }

  /**
   * Adds a registered singleton pregnancy of {@code mother} (same id with "P" prefix) with the LMP
   * and delivery dates, and prenatal exams at the given day offsets from the LMP.
   */
  MaternalFixture delivered(String mother, String lmp, String delivery, int... prenatalDays) {
    String p = "P" + mother;
    records.add(pregnancy(p, mother).lmpDate(date(lmp)).registrationDate(date(lmp).plusDays(30))
        .deliveryDate(date(delivery)).liveBirths(1).build());
    for (int d : prenatalDays) {
      visit(p, date(lmp).plusDays(d), MaternalVisitKind.PRENATAL);
    }
    return this;
  }

  /** Adds a visit of a pregnancy. */
  MaternalFixture visit(String pregnancyId, LocalDate on, MaternalVisitKind kind) {
    records.add(MaternalVisit.builder().visitId("V" + (++visits)).pregnancyId(pregnancyId).visitDate(on).kind(kind).build());
    return this;
  }

  /** Adds a visit with a recorded gestational age. */
  MaternalFixture visit(String pregnancyId, LocalDate on, MaternalVisitKind kind, int weeks) {
    records.add(MaternalVisit.builder().visitId("V" + (++visits)).pregnancyId(pregnancyId).visitDate(on).kind(kind)
        .gestationalWeeks(weeks).build());
    return this;
  }

  static Pregnancy.Builder pregnancy(String id, String mother) {
    return Pregnancy.builder().pregnancyId(id).residentId(mother);
  }

  /**
   * Random mothers with random pregnancies and visits around 2024 (seeded): live births absent or
   * 0–3, registration present or not, LMP present or not, visits of every kind, some after the
   * delivery, some with recorded weeks.
   */
  static MaternalFixture random(long seed) {
    java.util.Random r = new java.util.Random(seed);
    MaternalFixture f = new MaternalFixture();
    int mothers = 1 + r.nextInt(12);
    LocalDate base = date("2023-01-01");
    for (int m = 0; m < mothers; m++) {
      String id = "R" + m;
      f.mother(id);
      int pregnancies = r.nextInt(3);
      for (int k = 0; k < pregnancies; k++) {
        String p = id + "P" + k;
        LocalDate lmp = base.plusDays(r.nextInt(730));
        Pregnancy.Builder b = pregnancy(p, id);
        if (r.nextInt(5) > 0) {
          b.lmpDate(lmp);
        }
        if (r.nextInt(4) > 0) {
          b.registrationDate(lmp.plusDays(r.nextInt(120)));
        }
        LocalDate delivery = lmp.plusDays(250 + r.nextInt(40));
        if (r.nextInt(6) > 0) {
          b.deliveryDate(delivery);
          if (r.nextBoolean()) {
            b.dischargeDate(delivery.plusDays(r.nextInt(5)));
          }
        }
        if (r.nextInt(4) > 0) {
          b.liveBirths(r.nextInt(4));
        }
        f.add(b.build());
        int visitCount = r.nextInt(10);
        for (int v = 0; v < visitCount; v++) {
          MaternalVisitKind kind = MaternalVisitKind.values()[r.nextInt(3)];
          LocalDate on = lmp.plusDays(r.nextInt(340));
          if (r.nextBoolean()) {
            f.visit(p, on, kind, r.nextInt(42));
          } else {
            f.visit(p, on, kind);
          }
        }
      }
    }
    return f;
  }

  /** A random period: the year 2024, a quarter of it, a month or the MCH year 2024. */
  static ReportingPeriod randomPeriod(long seed) {
    java.util.Random r = new java.util.Random(seed);
    return switch (r.nextInt(4)) {
      case 0 -> Y2024;
      case 1 -> ReportingPeriod.ofQuarter(2024, 1 + r.nextInt(4));
      case 2 -> ReportingPeriod.ofMonth(2024, 1 + r.nextInt(12));
      default -> ReportingPeriod.ofMchYear(2024);
    };
  }

  /** Checks 0 ≤ numerator ≤ denominator per mother and that shuffling the records changes nothing. */
  static void checkProperties(PersonIndicator indicator, long seed, Rulebook rulebook) {
    MaternalFixture f = random(seed);
    ReportingPeriod period = randomPeriod(seed);
    Dataset data = f.dataset();
    DrillDown drill = drill(indicator, data, period, rulebook);
    for (Evaluation e : drill.members()) {
      if (e.numerator() < 0 || e.numerator() > e.denominator()) {
        throw new AssertionError("numerator out of range: " + e);
      }
    }
    Counts whole = total(indicator, data, period, rulebook);
    if (!whole.equals(drill.counts())) {
      throw new AssertionError("tally " + whole + " differs from drill-down " + drill.counts());
    }
    List<BundleRecord> shuffled = new ArrayList<>(f.records);
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed ^ 0x5DEECE66DL));
    Counts again = total(indicator, Dataset.of(shuffled), period, rulebook);
    if (!whole.equals(again)) {
      throw new AssertionError("shuffled records give " + again + ", not " + whole);
    }
  }

  List<BundleRecord> records() {
    return List.copyOf(records);
  }

  Dataset dataset() {
    return Dataset.of(records);
  }

  static Counts total(PersonIndicator indicator, Dataset data, ReportingPeriod period, Rulebook rulebook) {
    String id = indicator.measures().get(0).id();
    return Engine.of(List.of(indicator), List.of()).evaluate(data, EvaluationContext.of(period, rulebook)).total(id);
  }

  static DrillDown drill(PersonIndicator indicator, Dataset data, ReportingPeriod period, Rulebook rulebook) {
    String id = indicator.measures().get(0).id();
    return Engine.of(List.of(indicator), List.of()).drillDown(data, EvaluationContext.of(period, rulebook), id, c -> true);
  }

  /** The one explanation line of {@code residentId} for the indicator. */
  static Evaluation explain(PersonIndicator indicator, Dataset data, String residentId, ReportingPeriod period, Rulebook rulebook) {
    List<Evaluation> lines =
        Engine.of(List.of(indicator), List.of()).explain(data.view(residentId).orElseThrow(), EvaluationContext.of(period, rulebook));
    return lines.get(0);
  }
}
