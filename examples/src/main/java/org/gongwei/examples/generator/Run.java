package org.gongwei.examples.generator;

import java.time.LocalDate;
import org.gongwei.core.dataset.BundleRecord;

/**
 * The state of one generation run: the settings, the county layout, the sink and the running
 * tallies.
 */
final class Run {
  /** The start of the national programme's health records (2009). */
  static final LocalDate PROGRAMME_START = LocalDate.of(2009, 7, 1);

  final long seed;
  final int year;
  final int residents;
  final Errors errors;
  final County county;
  final LocalDate start;
  final LocalDate end;
  final IdNumbers idNumbers;
  final Tally tally;
  private final RecordSink sink;

  Run(long seed, int year, int residents, Errors errors, County county, RecordSink sink) {
    this.seed = seed;
    this.year = year;
    this.residents = residents;
    this.errors = errors;
    this.county = county;
    this.start = LocalDate.of(year, 1, 1);
    this.end = LocalDate.of(year, 12, 31);
    this.idNumbers = new IdNumbers(residents + residents / 50);
    this.tally = new Tally(county);
    this.sink = sink;
  }

  /** Passes a record to the sink. */
  void emit(BundleRecord record) {
    sink.accept(record);
  }

  /** Whether {@code date} lies in the reporting year. */
  boolean inYear(LocalDate date) {
    return date.getYear() == year;
  }
}
