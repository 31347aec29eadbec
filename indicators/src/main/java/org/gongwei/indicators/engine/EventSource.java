package org.gongwei.indicators.engine;

import java.util.List;
import org.gongwei.core.contract.SatisfactionSurvey;
import org.gongwei.core.education.EducationActivity;
import org.gongwei.core.institution.Institution;
import org.gongwei.core.supervision.SupervisionRecord;
import org.gongwei.core.surveillance.EmergencyEvent;
import org.gongwei.core.surveillance.InfectiousCase;

/**
 * The records that are not about one resident, for {@link EventIndicator}s, with the strata
 * cells of institutions and residents.
 */
public interface EventSource {

  List<Institution> institutions();

  List<InfectiousCase> infectiousCases();

  List<EmergencyEvent> emergencyEvents();

  List<SupervisionRecord> supervisionRecords();

  List<EducationActivity> educationActivities();

  List<SatisfactionSurvey> surveys();

  /**
   * The cell of an institution (its code and region); unknown codes give a cell with an empty
   * region. Event indicators call it for every event they count, so an implementation should make
   * it cheap for a code asked again (the engine's own source keeps the cell of each code).
   */
  Cell institutionCell(String institutionCode);

  /** The cell of a resident (as for person-based indicators); an unknown resident gives an all-unknown cell. */
  Cell residentCell(String residentId);
}
