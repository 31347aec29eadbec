package org.gongwei.indicators.report;

import java.util.List;
import java.util.Objects;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.indicators.child.ChildHealthManagement;
import org.gongwei.indicators.child.ChildSystematicManagement;
import org.gongwei.indicators.child.NewbornVisit;
import org.gongwei.indicators.chronic.DiabetesManagement;
import org.gongwei.indicators.chronic.HypertensionManagement;
import org.gongwei.indicators.contract.ContractCoverage;
import org.gongwei.indicators.contract.ContractRenewal;
import org.gongwei.indicators.contract.ContractSatisfaction;
import org.gongwei.indicators.contract.KeyGroupCoverage;
import org.gongwei.indicators.definition.Catalogue;
import org.gongwei.indicators.education.HealthEducation;
import org.gongwei.indicators.elderly.ElderlyHealthManagement;
import org.gongwei.indicators.engine.DrillDown;
import org.gongwei.indicators.engine.Engine;
import org.gongwei.indicators.engine.EvaluationContext;
import org.gongwei.indicators.engine.EventIndicator;
import org.gongwei.indicators.engine.Evaluation;
import org.gongwei.indicators.engine.PersonIndicator;
import org.gongwei.indicators.immunization.TimelyVaccination;
import org.gongwei.indicators.immunization.VaccinationCertificate;
import org.gongwei.indicators.immunization.VaccinationCoverage;
import org.gongwei.indicators.maternal.EarlyRegistration;
import org.gongwei.indicators.maternal.PostpartumCheckup;
import org.gongwei.indicators.maternal.PostpartumVisit;
import org.gongwei.indicators.maternal.SystematicManagement;
import org.gongwei.indicators.mental.SevereMentalDisorderManagement;
import org.gongwei.indicators.records.RecordCoverage;
import org.gongwei.indicators.records.RecordUse;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.indicators.supervision.SupervisionPatrols;
import org.gongwei.indicators.supervision.SupervisionReporting;
import org.gongwei.indicators.surveillance.EmergencyEventReporting;
import org.gongwei.indicators.surveillance.InfectiousDiseaseReporting;
import org.gongwei.indicators.tcm.ChildTcmManagement;
import org.gongwei.indicators.tcm.ElderlyTcmManagement;
import org.gongwei.indicators.tuberculosis.TuberculosisManagement;

/**
 * The whole NBPHS catalogue ready to use: evaluate a dataset into an {@link IndicatorReport},
 * explain one resident, drill down into a result.
 *
 * <pre>{@code
 * Indicators nbphs = Indicators.national();
 * IndicatorReport report = nbphs.report(dataset, ReportingPeriod.ofYear(2024), Rulebook.national2017());
 * DrillDown htn = nbphs.drillDown(dataset, report, "HTN-01");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Indicators {
  private final Engine engine;
  private final Catalogue catalogue;
  private final NipSchedule schedule;

  private Indicators(Engine engine, Catalogue catalogue, NipSchedule schedule) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.schedule = schedule;
  }

  /** Every indicator of indicators.md §1–§13 with the national immunization schedule. */
  public static Indicators national() {
    return national(NipSchedule.national2021());
  }

  /** Every indicator of indicators.md §1–§13 with a custom immunization schedule. */
  public static Indicators national(NipSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    List<PersonIndicator> persons =
        List.of(
            new RecordCoverage(),
            new RecordUse(),
            new VaccinationCertificate(),
            new VaccinationCoverage(schedule),
            new TimelyVaccination(schedule),
            new NewbornVisit(),
            new ChildHealthManagement(),
            new ChildSystematicManagement(),
            new EarlyRegistration(),
            new PostpartumVisit(),
            new PostpartumCheckup(),
            new SystematicManagement(),
            new ElderlyHealthManagement(),
            new HypertensionManagement(),
            new DiabetesManagement(),
            new SevereMentalDisorderManagement(),
            new TuberculosisManagement(),
            new ElderlyTcmManagement(),
            new ChildTcmManagement(),
            new ContractCoverage(),
            new KeyGroupCoverage(),
            new ContractRenewal());
    List<EventIndicator> events =
        List.of(
            new HealthEducation(),
            new InfectiousDiseaseReporting(),
            new EmergencyEventReporting(),
            new SupervisionReporting(),
            new SupervisionPatrols(),
            new ContractSatisfaction());
    return new Indicators(Engine.of(persons, events), Catalogue.national(), schedule);
  }

  /** Custom indicators with their definitions. */
  public static Indicators of(Engine engine, Catalogue catalogue, NipSchedule schedule) {
    return new Indicators(
        Objects.requireNonNull(engine, "engine"), Objects.requireNonNull(catalogue, "catalogue"), Objects.requireNonNull(schedule, "schedule"));
  }

  public Engine engine() {
    return engine;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The evaluation context of a period and rulebook, with this suite's schedule. */
  public EvaluationContext context(ReportingPeriod period, Rulebook rulebook) {
    return EvaluationContext.of(period, rulebook, schedule);
  }

  /** The report of the whole dataset. */
  public IndicatorReport report(Dataset dataset, ReportingPeriod period, Rulebook rulebook) {
    return report(dataset, period, rulebook, Scope.all());
  }

  /** The report of a scope of the dataset. */
  public IndicatorReport report(Dataset dataset, ReportingPeriod period, Rulebook rulebook, Scope scope) {
    Objects.requireNonNull(dataset, "dataset");
    EvaluationContext context = context(period, rulebook);
    InstitutionTree tree = InstitutionTree.of(dataset.institutions());
    return IndicatorReport.of(
        engine.evaluate(dataset, context),
        context,
        scope,
        tree,
        PopulationEstimates.of(dataset.populationEstimates(), tree),
        catalogue);
  }

  /** Every person-based measure for one resident, with the reasons. */
  public List<Evaluation> explain(ResidentView resident, ReportingPeriod period, Rulebook rulebook) {
    return engine.explain(resident, context(period, rulebook));
  }

  /** The subjects behind a result of a report, in the report's scope. */
  public DrillDown drillDown(Dataset dataset, IndicatorReport report, String measureId) {
    return engine.drillDown(
        dataset, context(report.period(), report.rulebook()), measureId, report.scope().cells(report.institutions()));
  }

  /** The subjects behind one stratum of a result of a report. */
  public DrillDown drillDown(Dataset dataset, IndicatorReport report, String measureId, Stratification by, String key) {
    return engine.drillDown(dataset, context(report.period(), report.rulebook()), measureId, report.cellsOf(by, key));
  }

  @Override
  public String toString() {
    return "Indicators[" + engine + "]";
  }
}
