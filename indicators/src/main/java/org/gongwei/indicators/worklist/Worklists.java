package org.gongwei.indicators.worklist;

import java.time.LocalDate;
import java.util.Objects;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.immunization.NipSchedule;
import org.gongwei.core.institution.InstitutionTree;
import org.gongwei.indicators.rulebook.Rulebook;

/** Worklists of a whole dataset; see {@link WorklistBuilder} to build one resident by resident. */
public final class Worklists {
  private Worklists() {}

  /**
   * The services due on {@code date} for every resident of the dataset, under {@code rulebook}
   * and the national immunization schedule, with the dataset's institution tree for {@link
   * Worklist#forInstitution}.
   */
  public static Worklist of(Dataset dataset, LocalDate date, Rulebook rulebook) {
    return of(dataset, date, rulebook, NipSchedule.national2021());
  }

  /** The services due on {@code date} for every resident of the dataset, with a custom immunization schedule. */
  public static Worklist of(Dataset dataset, LocalDate date, Rulebook rulebook, NipSchedule schedule) {
    Objects.requireNonNull(dataset, "dataset");
    return WorklistBuilder.of(date, rulebook, schedule)
        .institutions(InstitutionTree.of(dataset.institutions()))
        .addAll(dataset.residentViews())
        .build();
  }
}
