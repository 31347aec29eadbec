package org.gongwei.io.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongwei.core.dataset.BundleRecord;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.dataset.RecordType;
import org.gongwei.io.csv.CharsetDetection;
import org.gongwei.io.csv.CsvOutputEncoding;
import org.gongwei.io.csv.FileAccount;

/**
 * Writing records with {@link BundleWriter} and reading them with {@link BundleReader} gives equal
 * records, for every record type, in both encodings and both header styles, with text full of
 * Chinese, 𠮷, commas, quotes and line breaks.
 */
class BundleRoundTripTest {

  @Property(tries = 60)
  void everyTypeRoundTrips(@ForAll("bundles") List<BundleRecord> records,
      @ForAll CsvOutputEncoding encoding, @ForAll HeaderStyle headers) throws IOException {
    Path dir = TempDirs.create();
    try {
      Dataset written = Dataset.of(records);
      BundleWriter.defaults().withEncoding(encoding).withHeaders(headers).write(written, dir);
      BundleReader reader = BundleReader.defaults();
      if (encoding == CsvOutputEncoding.GB18030) {
        reader = reader.withCharset(CharsetDetection.GB18030);
      }
      BundleRead read = reader.read(dir);

      for (RecordType t : RecordType.values()) {
        assertEquals(written.records(t), read.dataset().records(t), t.fileName());
      }
      assertTrue(read.problems().isEmpty(), () -> read.problems().toString());
      assertEquals(RecordType.values().length, read.account().files().size());
      for (FileAccount a : read.account().files().values()) {
        assertEquals(written.records(a.recordType()).size(), a.rowsRead());
        assertEquals(a.rowsRead(), a.rowsAccepted());
      }
    } finally {
      TempDirs.delete(dir);
    }
  }

  /** Each type alone, the character set detected (GB18030 text with Chinese is not valid UTF-8). */
  @Property(tries = 80)
  void oneTypeRoundTripsWithDetectedCharset(@ForAll("oneType") List<BundleRecord> records,
      @ForAll CsvOutputEncoding encoding, @ForAll HeaderStyle headers) throws IOException {
    Path dir = TempDirs.create();
    try {
      BundleWriter.defaults().withEncoding(encoding).withHeaders(headers).write(records, dir);
      BundleRead read = BundleReader.defaults().withThreads(1).read(dir);
      RecordType type = records.get(0).recordType();
      assertEquals(records, read.dataset().records(type));
      assertEquals(0, read.account().rowsRejected());
    } finally {
      TempDirs.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<BundleRecord>> bundles() {
    return RecordArbitraries.bundle();
  }

  @Provide
  Arbitrary<List<BundleRecord>> oneType() {
    return Arbitraries.of(RecordType.class).flatMap(t -> RecordArbitraries.of(t)
        .map(r -> (BundleRecord) r).list().ofMinSize(1).ofMaxSize(6));
  }
}
