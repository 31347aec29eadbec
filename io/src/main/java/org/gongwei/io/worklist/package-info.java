/**
 * Writers of due-service worklists ({@link org.gongwei.indicators.worklist.Worklist}), one row per
 * due service, for spreadsheets: CSV ({@link org.gongwei.io.worklist.WorklistCsvWriter}) and Excel
 * xlsx ({@link org.gongwei.io.worklist.XlsxWorklistWriter}), with the same columns and the same
 * formula guard.
 */
package org.gongwei.io.worklist;
