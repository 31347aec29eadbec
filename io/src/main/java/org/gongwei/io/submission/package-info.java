/**
 * The submission validator: one call checks a bundle directory the way a county or provincial
 * platform would, and reports every problem with its file, line, column, code, severity and a
 * message in plain words — parsing problems of the CSV layer and every rule of the core
 * validation, located in the files — with a summary of files and rows.
 *
 * <p>It never throws on bad data and never loses a row: for every file, rows read = rows
 * accepted + rows rejected. ID card numbers are masked in every output.
 */
package org.gongwei.io.submission;
