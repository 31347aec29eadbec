package org.gongwei.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.gongwei.core.dataset.RecordType;

/**
 * A throughput check run by hand, not a test: writes a residents file of N rows (default
 * 1,000,000) to a temporary directory, reads it back through {@link CsvTable} with every cell
 * parsed by its typed accessor, and prints rows per second. Run with the test class path:
 * {@code java -cp … org.gongwei.io.csv.CsvThroughputCheck [rows]}.
 */
public final class CsvThroughputCheck {
  private CsvThroughputCheck() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path dir = Files.createTempDirectory("gongwei-csv");
    Path file = dir.resolve("residents.csv");
    try {
      long t0 = System.nanoTime();
      write(file, n);
      long t1 = System.nanoTime();
      System.out.printf(Locale.ROOT, "wrote %,d rows, %,d bytes in %.2f s%n", n, Files.size(file),
          (t1 - t0) / 1e9);
      for (int round = 1; round <= 3; round++) {
        long s = System.nanoTime();
        FileAccount a = read(file);
        double secs = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "round %d: %s%n  %.2f s, %,.0f rows/s%n", round, a, secs,
            a.rowsRead() / secs);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void write(Path file, int n) throws IOException {
    LocalDate base = LocalDate.of(1930, 1, 1);
    try (Writer w = CsvOutputEncoding.UTF8_WITH_BOM.newWriter(file)) {
      w.write("resident_id,id_number,name,sex,birth_date,ethnicity,region_code,institution_code,"
          + "doctor_id,permanent,household_registered,record_established_date,electronic_record\n");
      StringBuilder b = new StringBuilder(200);
      for (int i = 0; i < n; i++) {
        b.setLength(0);
        LocalDate birth = base.plusDays(i % 30_000);
        b.append("R").append(11010500000000000L + i).append(',')
            .append("110105").append(birth.toString().replace("-", "")).append(String.format(
                Locale.ROOT, "%03d", i % 1000)).append('X').append(',')
            .append(i % 3 == 0 ? "张三" : "李四,王".substring(0, 2)).append(',')
            .append(1 + i % 2).append(',')
            .append(birth).append(',')
            .append(i % 50 == 0 ? "1" : "01").append(',')
            .append("110105").append(String.format(Locale.ROOT, "%03d", i % 20)).append("001,")
            .append("I").append(i % 40).append(',')
            .append("D").append(i % 400).append(',')
            .append(i % 10 == 0 ? '0' : '1').append(',')
            .append(i % 7 == 0 ? "否" : "是").append(',')
            .append(i % 5 == 0 ? "" : "2020-06-01").append(',')
            .append(i % 4 == 0 ? '0' : '1').append('\n');
        w.write(b.toString());
      }
    }
  }

  private static FileAccount read(Path file) throws IOException {
    long sink = 0;
    try (CsvTable table = CsvTable.open(file, RecordType.RESIDENT)) {
      for (CsvRow row : table) {
        sink += row.text("resident_id").map(String::length).orElse(0);
        sink += row.idNumber("id_number").map(String::length).orElse(0);
        sink += row.text("name").map(String::length).orElse(0);
        sink += row.code("sex").map(String::length).orElse(0);
        sink += row.date("birth_date").map(LocalDate::getDayOfMonth).orElse(0);
        sink += row.code("ethnicity").map(String::length).orElse(0);
        sink += row.code("region_code").map(String::length).orElse(0);
        sink += row.code("institution_code").map(String::length).orElse(0);
        sink += row.text("doctor_id").map(String::length).orElse(0);
        sink += row.bool("permanent").map(b -> b ? 1 : 0).orElse(0);
        sink += row.bool("household_registered").map(b -> b ? 1 : 0).orElse(0);
        sink += row.date("record_established_date").map(LocalDate::getDayOfMonth).orElse(0);
        sink += row.bool("electronic_record").map(b -> b ? 1 : 0).orElse(0);
        if (row.hasError()) {
          table.reject(row);
        } else {
          table.accept(row);
        }
      }
      if (sink == 42) {
        System.out.println();
      }
      return table.account();
    }
  }
}
