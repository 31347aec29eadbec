package org.gongwei.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import picocli.CommandLine.Option;

/**
 * The reporting period options shared by {@code report} and {@code explain}: {@code --year},
 * {@code --quarter}, {@code --from}/{@code --to} or {@code --period}; without any, the latest year
 * with service records in the bundle (so that a sample generated for 2024 reports on 2024).
 */
final class PeriodOptions {
  private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})-)?[Qq]?([1-4])");

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The calendar year, e.g. 2024. Default: the latest year with service records in the bundle.")
  Integer year;

  @Option(names = "--quarter", paramLabel = "QUARTER",
      description = "A quarter: 2024-Q2, or 2 (of --year, or of the default year).")
  String quarter;

  @Option(names = "--from", paramLabel = "DATE", description = "First day of a custom period (yyyy-MM-dd), with --to.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day of a custom period (yyyy-MM-dd), with --from.")
  LocalDate to;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Any period as written in reports: 2024, 2024-Q2, 2024-05, MCH2024, 2024-01-15..2024-03-31.")
  String period;

  /** Package-private: picocli fills the fields. */
  PeriodOptions() {}

  /** The period chosen, and whether it was the default. */
  record Choice(ReportingPeriod period, boolean defaulted) {}

  /**
   * The period the options name, or the default for {@code data}.
   *
   * @throws UserException if the options contradict each other or a value is not a period
   */
  Choice resolve(Dataset data) {
    int given = (year != null || quarter != null ? 1 : 0) + (from != null || to != null ? 1 : 0)
        + (period != null ? 1 : 0);
    if (given > 1) {
      throw new UserException("choose one of --year/--quarter, --from/--to and --period");
    }
    if (period != null) {
      try {
        return new Choice(ReportingPeriod.parse(period), false);
      } catch (IllegalArgumentException e) {
        throw new UserException("--period: " + e.getMessage());
      }
    }
    if (from != null || to != null) {
      if (from == null || to == null) {
        throw new UserException("--from and --to go together");
      }
      if (to.isBefore(from)) {
        throw new UserException("--to " + to + " is before --from " + from);
      }
      return new Choice(ReportingPeriod.of(from, to), false);
    }
    int y = year != null ? year : defaultYear(data);
    if (y < 1 || y > 9999) {
      throw new UserException("--year must be a year from 1 to 9999: " + y);
    }
    if (quarter != null) {
      Matcher m = QUARTER.matcher(quarter.strip());
      if (!m.matches()) {
        throw new UserException("--quarter must look like 2024-Q2 or 2: '" + quarter + "'");
      }
      int qy = m.group(1) != null ? Integer.parseInt(m.group(1)) : y;
      if (m.group(1) != null && year != null && qy != year) {
        throw new UserException("--quarter " + quarter + " is not in --year " + year);
      }
      return new Choice(ReportingPeriod.ofQuarter(qy, Integer.parseInt(m.group(2))),
          year == null && m.group(1) == null);
    }
    return new Choice(ReportingPeriod.ofYear(y), year == null);
  }

  /**
   * The default year of a dataset: the year of its latest service (a follow-up, check-up, visit,
   * vaccination, TCM service, contract start, education activity, registration), ignoring dates
   * after today; the year before this one when the data has no service.
   */
  static int defaultYear(Dataset data) {
    return latestService(data).map(LocalDate::getYear).orElse(LocalDate.now().getYear() - 1);
  }

  /** The date of the latest service of a dataset that is not after today. */
  static Optional<LocalDate> latestService(Dataset data) {
    LocalDate today = LocalDate.now();
    Stream<LocalDate> dates = Stream.of(
            data.followUps().stream().map(f -> f.visitDate()),
            data.checkups().stream().map(c -> c.checkupDate()),
            data.mentalFollowUps().stream().map(m -> m.visitDate()),
            data.maternalVisits().stream().map(m -> m.visitDate()),
            data.childVisits().stream().map(c -> c.visitDate()),
            data.tcmServices().stream().map(t -> t.serviceDate()),
            data.vaccinations().stream().map(v -> v.vaccinationDate()),
            data.contracts().stream().map(c -> c.startDate()),
            data.registrations().stream().map(r -> r.enrolledDate()),
            data.educationActivities().stream().map(e -> e.activityDate()))
        .flatMap(s -> s);
    return dates.filter(d -> !d.isAfter(today)).max(LocalDate::compareTo);
  }
}
