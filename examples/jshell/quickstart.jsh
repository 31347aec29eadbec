// Gongwei quick start for JShell. From the repository root:
//
//   ./gongwei jshell
//
// (which builds the tool if needed and runs: jshell --class-path examples/target/gongwei.jar
// examples/jshell/quickstart.jsh). Every line below runs as it is; afterwards the variables
// (data, report, byInstitution, htn) are yours to explore: try  report.toTable(Detail.ALL)

import java.nio.file.*;
import org.gongwei.core.dataset.*;
import org.gongwei.core.period.*;
import org.gongwei.indicators.report.*;
import org.gongwei.indicators.rulebook.*;
import org.gongwei.io.bundle.*;
import org.gongwei.io.report.*;

// 1. Load the sample bundle: a directory of CSV files, one per record type
var bundle = Path.of("examples/sample-bundle");
var read = BundleReader.defaults().read(bundle);
System.out.println(read.account());
var data = read.dataset();

// 2. Compute every indicator of the catalogue for 2024 under the national rulebook
var nbphs = Indicators.national();
var report = nbphs.report(data, ReportingPeriod.ofYear(2024), Rulebook.national2017());
System.out.println(report);

// 3. Stratify: the same results split by institution; hypertension management per institution
var byInstitution = report.stratifiedBy(Stratification.INSTITUTION);
byInstitution.result("HTN-01").orElseThrow().strata().forEach(System.out::println);

// 4. Drill down into one indicator: who is in the HTN-01 denominator but not the numerator, and why
var htn = nbphs.drillDown(data, report, "HTN-01");
System.out.println(htn);
htn.shortfalls().stream().limit(10).forEach(System.out::println);

// 5. Write the stratified report as an Excel workbook (in the temporary directory; choose any path)
var xlsx = Path.of(System.getProperty("java.io.tmpdir"), "gongwei-report-2024.xlsx");
XlsxReportWriter.write(byInstitution, Detail.HEADLINES, xlsx);
System.out.println("wrote " + xlsx.toAbsolutePath());
