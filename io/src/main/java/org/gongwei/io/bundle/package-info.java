/**
 * The CSV bundle (exchange format §1): reading a bundle directory into domain records with every
 * row and problem accounted for ({@link org.gongwei.io.bundle.BundleReader}), and writing records
 * back as a bundle ({@link org.gongwei.io.bundle.BundleWriter}); writing then reading gives equal
 * records.
 *
 * <p>The CSV rules (character sets, headers and aliases, quoting, cell forms) are those of the
 * low-level layer {@link org.gongwei.io.csv}; this package maps rows to records and back.
 *
 * <pre>{@code
 * BundleRead read = BundleReader.defaults().read(Path.of("county-2024"));
 * System.out.println(read.account());            // per file: read, accepted, rejected, problems
 * BundleWriter.defaults().withHeaders(HeaderStyle.CHINESE).write(read.dataset(), Path.of("out"));
 * }</pre>
 *
 * <p>Design note, plausibility and Bean Validation: the plausibility ranges of exchange format §4
 * that concern one row's numbers (blood pressure, glucose, HbA1c) are checked by core's
 * {@link org.gongwei.core.validation.RecordValidator} ({@code SBP_IMPLAUSIBLE},
 * {@code GLUCOSE_IMPLAUSIBLE}, …), not by the reader, so that a finding is reported once. Declaring
 * them again as Jakarta Bean Validation constraints on row records was measured and left out:
 * Hibernate Validator 9.1 (one validator built once, a getter strategy accepting record
 * accessors) validated a 4-field row in about 0.9 µs at steady state (about 1.1 million valid
 * rows per CPU second, 0.57 million when rows violate a constraint and messages are
 * interpolated, 0.28 million during the first 400,000 rows while the JIT warms up), as much as
 * parsing and mapping a follow-up row costs (0.6 to 0.8 µs): it would have halved the reader's
 * throughput on follow-ups for findings the validator already makes.
 */
package org.gongwei.io.bundle;
