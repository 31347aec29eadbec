package org.gongwei.indicators.engine;

import java.time.LocalDate;
import java.util.List;
import org.gongwei.core.code.InstitutionType;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.resident.Resident;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.tcm.TcmService;

/**
 * Two small indicators for testing the engine and reports without the real catalogue: a
 * person-based "elderly with a TCM service" (TOY-01, population base 65+) and an event-based
 * "emergency events reported in time" (TOY-02).
 */
public final class ToyIndicators {
  private ToyIndicators() {}

  static final Reason NOT_ELDERLY = Reason.of("not aged 65+ in population at period end");

  /** TOY-01: residents aged ≥ 65 in population at the end with an elderly TCM service in the period. */
  public static final class ElderlyTcm implements PersonIndicator {
    private static final List<Measure> MEASURES = List.of(Measure.of("TOY-01", PopulationBase.AGED_65_PLUS));

    @Override
    public List<Measure> measures() {
      return MEASURES;
    }

    @Override
    public void evaluate(Subject s, Recorder out) {
      if (s.ageYearsAtEnd() < 65 || !s.isInPopulationAtEnd()) {
        out.excluded(0, NOT_ELDERLY);
        return;
      }
      int services = 0;
      for (TcmService t : s.view().tcmServices()) {
        if (t.kind() == TcmKind.ELDERLY && s.period().contains(t.serviceDate())) {
          services++;
        }
      }
      out.inDenominator(0, services > 0, () -> "no elderly TCM service in " + s.period());
    }
  }

  /** TOY-02: emergency events discovered in the period and reported: reported within 2 hours. */
  public static final class TimelyEvents implements EventIndicator {
    private static final List<Measure> MEASURES = List.of(Measure.of("TOY-02"));

    @Override
    public List<Measure> measures() {
      return MEASURES;
    }

    @Override
    public void evaluate(EventSource events, EvaluationContext context, EventRecorder out) {
      for (EmergencyEvent e : events.emergencyEvents()) {
        if (context.period().contains(e.discoveredAt().toLocalDate()) && e.reportedAt().isPresent()) {
          out.at(e, events.institutionCell(e.institutionCode())).inDenominator(0, e.isReportedInTime(), () -> "reported late");
        }
      }
    }
  }

  /** A resident of institution {@code inst} in village {@code region}. */
  public static Resident resident(String id, LocalDate birth, Sex sex, String inst, String region) {
    return Resident.builder()
        .residentId(id)
        .sex(sex)
        .birthDate(birth)
        .regionCode(RegionCode.parse(region))
        .institutionCode(inst)
        .permanent(true)
        .recordEstablishedDate(LocalDate.of(2020, 1, 1))
        .build();
  }

  /** An institution. */
  public static Institution institution(String code, String parent, String region, InstitutionType type) {
    Institution.Builder b = Institution.builder().code(code).name("机构" + code).type(type).regionCode(RegionCode.parse(region));
    if (parent != null) {
      b.parentCode(parent);
    }
    return b.build();
  }

  /** The engine of both toys. */
  public static Engine engine() {
    return Engine.of(List.of(new ElderlyTcm()), List.of(new TimelyEvents()));
  }
}
