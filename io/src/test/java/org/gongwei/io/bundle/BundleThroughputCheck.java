package org.gongwei.io.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.gongwei.core.chronic.Checkup;
import org.gongwei.core.chronic.FollowUp;
import org.gongwei.core.chronic.Registration;
import org.gongwei.core.code.CheckupKind;
import org.gongwei.core.code.Condition;
import org.gongwei.core.code.Ethnicity;
import org.gongwei.core.code.FollowUpClassification;
import org.gongwei.core.code.FollowUpMethod;
import org.gongwei.core.code.Sex;
import org.gongwei.core.code.Vaccine;
import org.gongwei.core.contract.Contract;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.id.RegionCode;
import org.gongwei.core.immunization.Vaccination;
import org.gongwei.core.resident.Resident;

/**
 * A throughput check run by hand, not a test: builds a synthetic county of N residents (default
 * 200,000) with about 5 records each, writes it with {@link BundleWriter}, then reads it back with
 * {@link BundleReader} a few times and prints rows/s and MB/s. Run with the test class path:
 * {@code java -cp … org.gongwei.io.bundle.BundleThroughputCheck [residents] [threads] [dir]}.
 */
public final class BundleThroughputCheck {
  private BundleThroughputCheck() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1])
        : Runtime.getRuntime().availableProcessors();
    boolean keep = args.length > 2;
    Path dir = keep ? Path.of(args[2]) : Files.createTempDirectory("gongwei-bundle");
    try {
      if (!keep || !Files.exists(dir.resolve("residents.csv"))) {
        long t0 = System.nanoTime();
        Dataset data = county(n);
        long t1 = System.nanoTime();
        BundleWriter.defaults().write(data, dir);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "built %,d records in %.2f s, wrote them in %.2f s%n",
            data.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
      }
      long bytes = size(dir);
      BundleReader reader = BundleReader.defaults().withThreads(threads);
      for (int round = 1; round <= 4; round++) {
        long s = System.nanoTime();
        long cpu0 = cpuNanos();
        BundleRead read = reader.read(dir);
        double secs = (System.nanoTime() - s) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT,
            "round %d (%d threads): %,d rows, %,d rejected, %.1f MB in %.2f s: %,.0f rows/s,"
                + " %.1f MB/s; process CPU %.2f s: %,.0f rows per CPU second%n",
            round, threads, read.account().rowsRead(), read.account().rowsRejected(), bytes / 1e6,
            secs, read.account().rowsRead() / secs, bytes / 1e6 / secs, cpu,
            read.account().rowsRead() / cpu);
      }
      long s = System.nanoTime();
      long[] count = new long[1];
      BundleAccount a = reader.forEachRecord(dir, r -> count[0]++);
      double secs = (System.nanoTime() - s) / 1e9;
      System.out.printf(Locale.ROOT, "forEachRecord: %,d records in %.2f s: %,.0f rows/s%n",
          count[0], secs, a.rowsRead() / secs);
    } finally {
      if (!keep) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> {
            try {
              Files.delete(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
        }
      }
    }
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** N residents with, on average, 5 records each of several types. */
  static Dataset county(int n) {
    Dataset.Builder b = Dataset.builder();
    LocalDate base = LocalDate.of(1930, 1, 1);
    LocalDate year = LocalDate.of(2024, 1, 1);
    RegionCode[] villages = new RegionCode[50];
    for (int v = 0; v < villages.length; v++) {
      villages[v] = RegionCode.parse(String.format(Locale.ROOT, "430321%03d%03d", 100 + v / 10,
          200 + v % 10));
    }
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "43032110020%06d", i);
      LocalDate birth = base.plusDays((i * 7919L) % 33_000);
      String institution = "430321" + (100 + i % 5);
      b.add(Resident.builder().residentId(id).idNumber("11010519491231002X")
          .name(i % 3 == 0 ? "张三" : "李四,王").sex(i % 2 == 0 ? Sex.MALE : Sex.FEMALE)
          .birthDate(birth).ethnicity(Ethnicity.HAN).regionCode(villages[i % villages.length])
          .institutionCode(institution).doctorId("D" + i % 40).permanent(i % 10 != 0)
          .householdRegistered(true).recordEstablishedDate(year.minusDays(i % 2000))
          .electronicRecord(true).build());
      if (i % 2 == 0) {
        Condition c = i % 4 == 0 ? Condition.HYPERTENSION : Condition.TYPE2_DIABETES;
        b.add(Registration.builder().registrationId("G" + i).residentId(id).condition(c)
            .enrolledDate(year.minusDays(400 + i % 300)).institutionCode(institution).build());
        for (int q = 0; q < 4; q++) {
          b.add(FollowUp.builder().followUpId("F" + i + "-" + q).residentId(id).condition(c)
              .visitDate(year.plusDays(q * 90L + i % 60)).method(FollowUpMethod.CLINIC)
              .sbp(120 + i % 40).dbp(70 + i % 20).fastingGlucose(5.6 + (i % 30) / 10.0)
              .classification(FollowUpClassification.SATISFACTORY).doctorId("D" + i % 40)
              .institutionCode(institution).build());
        }
      }
      if (i % 2 == 1) {
        b.add(Checkup.builder().checkupId("K" + i).residentId(id).checkupDate(year.plusDays(i % 365))
            .kind(CheckupKind.ELDERLY_ANNUAL).formComplete(true).sbp(130).dbp(80)
            .institutionCode(institution).build());
      }
      if (i % 2 == 0) {
        b.add(Contract.builder().contractId("Q" + i).residentId(id).startDate(year)
            .endDate(year.plusYears(1).minusDays(1)).teamId("T" + i % 20).doctorId("D" + i % 40)
            .institutionCode(institution).servicePackage("基础包").build());
      }
      if (i % 10 == 0) {
        for (int d = 1; d <= 3; d++) {
          b.add(Vaccination.builder().vaccinationId("V" + i + "-" + d).residentId(id)
              .vaccine(Vaccine.HEPB).dose(d).vaccinationDate(birth.plusMonths(d)).build());
        }
      }
    }
    return b.build();
  }
}
