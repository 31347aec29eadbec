/**
 * The CSV bundle (exchange format §1): reading a bundle directory into domain records with every
 * row and problem accounted for ({@link org.gongwei.io.bundle.BundleReader}), and writing records
 * back as a bundle ({@link org.gongwei.io.bundle.BundleWriter}); writing then reading gives equal
 * records.
 *
 * <p>The CSV rules (character sets, headers and aliases, quoting, cell forms) are those of the
 * low-level layer {@link org.gongwei.io.csv}; this package maps rows to records and back.
 */
package org.gongwei.io.bundle;
