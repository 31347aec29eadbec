package org.gongwei.examples.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongwei.core.dataset.Dataset;
import org.gongwei.core.period.ReportingPeriod;
import org.gongwei.examples.generator.Errors;
import org.gongwei.examples.generator.SyntheticCounty;
import org.gongwei.indicators.report.IndicatorReport;
import org.gongwei.indicators.report.IndicatorResult;
import org.gongwei.indicators.report.Indicators;
import org.gongwei.indicators.report.Stratification;
import org.gongwei.indicators.rulebook.Rulebook;
import org.gongwei.io.bundle.BundleRead;
import org.gongwei.io.bundle.BundleReader;
import org.gongwei.io.bundle.BundleWriter;
import org.gongwei.io.bundle.HeaderStyle;
import org.gongwei.io.csv.CsvOutputEncoding;
import org.gongwei.io.json.NdjsonReader;
import org.gongwei.io.json.NdjsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic county written as a bundle (and as NDJSON) and read back gives the same indicator report. */
class BundleReportRoundTripTest {
  private static final Indicators NBPHS = Indicators.national();
  private static final ReportingPeriod Y2024 = ReportingPeriod.ofYear(2024);

  private static void assertSameReport(IndicatorReport expected, IndicatorReport actual) {
    List<IndicatorResult> a = expected.results();
    List<IndicatorResult> b = actual.results();
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).id(), b.get(i).id());
      assertEquals(a.get(i).rate(), b.get(i).rate(), a.get(i).id());
      assertEquals(a.get(i).denominatorSource(), b.get(i).denominatorSource(), a.get(i).id());
      assertEquals(a.get(i).strata(), b.get(i).strata(), a.get(i).id());
    }
  }

  @Test
  void csvBundleInBothEncodingsAndHeaderStyles(@TempDir Path dir) throws Exception {
    Dataset original = SyntheticCounty.builder().residents(2_000).seed(11).year(2024).errors(Errors.NONE).build().toDataset();
    IndicatorReport expected = NBPHS.report(original, Y2024, Rulebook.national2017()).stratifiedBy(Stratification.INSTITUTION);
    assertTrue(expected.result("HTN-01").orElseThrow().rate().denominator() > 0);

    Path utf8 = dir.resolve("utf8");
    BundleWriter.defaults().write(original, utf8);
    BundleRead read = BundleReader.defaults().read(utf8);
    assertEquals(0, read.account().rowsRejected(), read.account().toString());
    assertEquals(original.size(), read.dataset().size());
    assertSameReport(expected, NBPHS.report(read.dataset(), Y2024, Rulebook.national2017()).stratifiedBy(Stratification.INSTITUTION));

    Path gb = dir.resolve("gb18030");
    BundleWriter.defaults().withEncoding(CsvOutputEncoding.GB18030).withHeaders(HeaderStyle.CHINESE).write(original, gb);
    BundleRead readGb = BundleReader.defaults().read(gb);
    assertSameReport(expected, NBPHS.report(readGb.dataset(), Y2024, Rulebook.national2017()).stratifiedBy(Stratification.INSTITUTION));
  }

  @Test
  void ndjson(@TempDir Path dir) throws Exception {
    Dataset original = SyntheticCounty.builder().residents(1_000).seed(12).year(2024).build().toDataset();
    Path file = dir.resolve("county.ndjson");
    NdjsonWriter.write(file, original.stream().toList());
    NdjsonReader.Result read = NdjsonReader.readAll(file);
    assertSameReport(
        NBPHS.report(original, Y2024, Rulebook.national2017()),
        NBPHS.report(Dataset.of(read.records()), Y2024, Rulebook.national2017()));
  }
}
