package org.gongwei.indicators.points;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongwei.core.child.ChildVisit;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.code.ChildVisitKind;
import org.gongwei.core.code.MaternalVisitKind;
import org.gongwei.core.code.MedicationAdherence;
import org.gongwei.core.code.TcmKind;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.ResidentView;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.immunization.ScheduledDose;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.maternal.MaternalVisit;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.core.tcm.TcmService;

/**
 * The health-points behaviours recorded in a dataset, as {@link PointsEvent}s to earn in a {@link
 * Ledger}. Only records dated in the period count; the reference of each event is the id of its
 * record.
 *
 * <ul>
 *   <li>{@link Behaviour#FACE_TO_FACE_FOLLOW_UP}: each hypertension or diabetes follow-up in the
 *       clinic or at home;
 *   <li>{@link Behaviour#REGULAR_MEDICATION}: each such follow-up (of any method) recording
 *       regular medication ({@code REGULAR});
 *   <li>{@link Behaviour#ANNUAL_CHECKUP}: each check-up with a complete form;
 *   <li>{@link Behaviour#ELDERLY_TCM_SERVICE}: each elderly TCM service;
 *   <li>{@link Behaviour#TIMELY_VACCINATION}: each vaccination whose dose is in the schedule and
 *       was given on time ({@link ScheduledDose#isTimely}: on or after the scheduled-age date,
 *       before the completion-age date);
 *   <li>{@link Behaviour#CHILD_HEALTH_CHECK}: each child health check-up (not the newborn home
 *       visit);
 *   <li>{@link Behaviour#PRENATAL_CHECKUP}: each prenatal check-up;
 *   <li>{@link Behaviour#CONTRACT_SIGNED}: each family-doctor contract starting in the period.
 * </ul>
 *
 * <p>{@link Behaviour#LECTURE_ATTENDED} is not in the data.
 */
public final class Behaviours {
  private static final Comparator<PointsEvent> ORDER =
      Comparator.comparing(PointsEvent::date).thenComparing(PointsEvent::behaviour).thenComparing(PointsEvent::reference);

  private Behaviours() {}

  /** The behaviours of one resident in {@code period}, by date, behaviour and reference. */
  public static List<PointsEvent> from(ResidentView view, ReportingPeriod period, NipSchedule schedule) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(schedule, "schedule");
    String id = view.residentId();
    List<PointsEvent> events = new ArrayList<>();
    for (FollowUp f : view.followUps()) {
      if (period.contains(f.visitDate())) {
        if (f.isFaceToFace()) {
          events.add(new PointsEvent(id, Behaviour.FACE_TO_FACE_FOLLOW_UP, f.visitDate(), f.followUpId()));
        }
        if (f.adherence().equals(Optional.of(MedicationAdherence.REGULAR))) {
          events.add(new PointsEvent(id, Behaviour.REGULAR_MEDICATION, f.visitDate(), f.followUpId()));
        }
      }
    }
    for (Checkup c : view.checkups()) {
      if (c.formComplete() && period.contains(c.checkupDate())) {
        events.add(new PointsEvent(id, Behaviour.ANNUAL_CHECKUP, c.checkupDate(), c.checkupId()));
      }
    }
    for (TcmService s : view.tcmServices()) {
      if (s.kind() == TcmKind.ELDERLY && period.contains(s.serviceDate())) {
        events.add(new PointsEvent(id, Behaviour.ELDERLY_TCM_SERVICE, s.serviceDate(), s.serviceId()));
      }
    }
    LocalDate birth = view.resident().birthDate();
    for (Vaccination v : view.vaccinations()) {
      LocalDate d = v.vaccinationDate();
      if (period.contains(d)) {
        Optional<ScheduledDose> dose = schedule.dose(v.vaccine(), v.dose());
        if (dose.isPresent() && dose.get().isTimely(birth, d)) {
          events.add(new PointsEvent(id, Behaviour.TIMELY_VACCINATION, d, v.vaccinationId()));
        }
      }
    }
    for (ChildVisit c : view.childVisits()) {
      if (c.kind() == ChildVisitKind.CHECKUP && period.contains(c.visitDate())) {
        events.add(new PointsEvent(id, Behaviour.CHILD_HEALTH_CHECK, c.visitDate(), c.visitId()));
      }
    }
    for (MaternalVisit m : view.maternalVisits()) {
      if (m.kind() == MaternalVisitKind.PRENATAL && period.contains(m.visitDate())) {
        events.add(new PointsEvent(id, Behaviour.PRENATAL_CHECKUP, m.visitDate(), m.visitId()));
      }
    }
    for (Contract k : view.contracts()) {
      if (period.contains(k.startDate())) {
        events.add(new PointsEvent(id, Behaviour.CONTRACT_SIGNED, k.startDate(), k.contractId()));
      }
    }
    events.sort(ORDER);
    return List.copyOf(events);
  }

  /** The behaviours of every resident of {@code dataset} in {@code period}, resident by resident. */
  public static List<PointsEvent> from(Dataset dataset, ReportingPeriod period, NipSchedule schedule) {
    Objects.requireNonNull(dataset, "dataset");
    List<PointsEvent> events = new ArrayList<>();
    for (ResidentView v : dataset.residentViews()) {
      events.addAll(from(v, period, schedule));
    }
    return List.copyOf(events);
  }
}
