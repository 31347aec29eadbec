package org.gongwei.indicators.chronic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.Icd10Code;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.resident.Resident;
import org.gongwei.indicators.engine.Counts;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.fixture.PersonFixture;
import org.gongwei.indicators.rulebook.Rulebook;

/** Small hand-built records and an engine run, shared by the tests of the B calculators. */
public final class Fixtures {
  private Fixtures() {}

  /** The village of every sample resident. */
  public static final RegionCode VILLAGE = PersonFixture.VILLAGE;
  /** The responsible institution of every sample resident. */
  public static final String CLINIC = PersonFixture.CLINIC;
  /** The year 2024. */
  public static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  /** A date from its ISO text. */
  public static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A builder for a permanent resident with a record (established 2010-01-01), to adjust. */
  public static Resident.Builder person(String id, String birth) {
    return PersonFixture.resident(id, d(birth)).recordEstablishedDate(d("2010-01-01"));
  }

  /** A permanent resident with a record. */
  public static Resident resident(String id, String birth) {
    return person(id, birth).build();
  }

  /** A registration; {@code icd} and {@code ended} may be null. */
  public static Registration registration(
      String id, String residentId, Condition condition, String icd, String enrolled, String ended) {
    Registration.Builder b =
        Registration.builder().registrationId(id).residentId(residentId).condition(condition).enrolledDate(d(enrolled));
    if (icd != null) {
      b.icd10(Icd10Code.parse(icd));
    }
    if (ended != null) {
      b.endedDate(d(ended));
    }
    return b.build();
  }

  /** An open hypertension registration coded I10. */
  public static Registration htn(String id, String residentId, String enrolled) {
    return registration(id, residentId, Condition.HYPERTENSION, "I10", enrolled, null);
  }

  /** An open type 2 diabetes registration coded E11.9. */
  public static Registration dm(String id, String residentId, String enrolled) {
    return registration(id, residentId, Condition.TYPE2_DIABETES, "E11.900", enrolled, null);
  }

  /** A hypertension follow-up with blood pressure. */
  public static FollowUp bp(String id, String residentId, String date, FollowUpMethod method, int sbp, int dbp) {
    return FollowUp.builder()
        .followUpId(id).residentId(residentId).condition(Condition.HYPERTENSION).visitDate(d(date)).method(method)
        .sbp(sbp).dbp(dbp).build();
  }

  /** A face-to-face (clinic) hypertension follow-up with a controlled blood pressure of 130/80. */
  public static FollowUp bp(String id, String residentId, String date) {
    return bp(id, residentId, date, FollowUpMethod.CLINIC, 130, 80);
  }

  /** A follow-up of {@code condition} without any measurement. */
  public static FollowUp visit(String id, String residentId, Condition condition, String date, FollowUpMethod method) {
    return FollowUp.builder()
        .followUpId(id).residentId(residentId).condition(condition).visitDate(d(date)).method(method).build();
  }

  /** A type 2 diabetes follow-up with fasting glucose. */
  public static FollowUp fpg(String id, String residentId, String date, FollowUpMethod method, double glucose) {
    return FollowUp.builder()
        .followUpId(id).residentId(residentId).condition(Condition.TYPE2_DIABETES).visitDate(d(date)).method(method)
        .fastingGlucose(glucose).build();
  }

  /** A face-to-face (home) diabetes follow-up with a controlled fasting glucose of 6.1. */
  public static FollowUp fpg(String id, String residentId, String date) {
    return fpg(id, residentId, date, FollowUpMethod.HOME, 6.1);
  }

  /** A general check-up, without measurements. */
  public static Checkup checkup(String id, String residentId, String date, boolean complete) {
    return Checkup.builder().checkupId(id).residentId(residentId).checkupDate(d(date)).kind(CheckupKind.GENERAL)
        .formComplete(complete).build();
  }

  /** A complete check-up that recorded blood pressure 128/78 and fasting glucose 6.0. */
  public static Checkup fullCheckup(String id, String residentId, String date) {
    return Checkup.builder().checkupId(id).residentId(residentId).checkupDate(d(date)).kind(CheckupKind.GENERAL)
        .formComplete(true).sbp(128).dbp(78).fastingGlucose(6.0).build();
  }

  /** One engine run of one indicator over some records. */
  public static final class Run {
    private final Engine engine;
    private final Dataset dataset;
    private final EvaluationContext context;

    private Run(Engine engine, Dataset dataset, EvaluationContext context) {
      this.engine = engine;
      this.dataset = dataset;
      this.context = context;
    }

    /** A run of a person-based indicator. */
    public static Run of(PersonIndicator indicator, Rulebook rulebook, ReportingPeriod period, List<? extends BundleRecord> records) {
      return new Run(Engine.of(List.of(indicator), List.of()), Dataset.of(records), EvaluationContext.of(period, rulebook));
    }

    /** A run of a person-based indicator. */
    public static Run of(PersonIndicator indicator, Rulebook rulebook, ReportingPeriod period, BundleRecord... records) {
      return of(indicator, rulebook, period, Arrays.asList(records));
    }

    /** A run of an event-based indicator. */
    public static Run ofEvents(EventIndicator indicator, Rulebook rulebook, ReportingPeriod period, BundleRecord... records) {
      return new Run(Engine.of(List.of(), List.of(indicator)), Dataset.of(Arrays.asList(records)), EvaluationContext.of(period, rulebook));
    }

    /** The counts of a measure. */
    public Counts total(String measureId) {
      return engine.evaluate(dataset, context).total(measureId);
    }

    /** The drill-down of a measure. */
    public DrillDown drillDown(String measureId) {
      return engine.drillDown(dataset, context, measureId, c -> true);
    }

    /** Subject id → reason, for the subjects in the denominator and not the numerator. */
    public Map<String, String> shortfalls(String measureId) {
      Map<String, String> m = new LinkedHashMap<>();
      for (Evaluation e : drillDown(measureId).shortfalls()) {
        m.put(e.subjectId(), e.reason());
      }
      return m;
    }

    /** The ids in the numerator. */
    public List<String> numeratorIds(String measureId) {
      return drillDown(measureId).numeratorIds();
    }

    /** The ids in the denominator. */
    public List<String> denominatorIds(String measureId) {
      return drillDown(measureId).denominatorIds();
    }

    /** Measure id → reason, for one resident, every measure. */
    public Map<String, String> explain(String residentId) {
      Map<String, String> m = new LinkedHashMap<>();
      for (Evaluation e : engine.explain(dataset.view(residentId).orElseThrow(), context)) {
        m.put(e.measure().id(), e.membership() + ": " + e.reason());
      }
      return m;
    }
  }

  /** The records as a mutable list, to shuffle. */
  public static List<BundleRecord> list(BundleRecord... records) {
    return new ArrayList<>(Arrays.asList(records));
  }
}
