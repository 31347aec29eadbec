/**
 * Writers of due-service worklists ({@link org.gongwei.indicators.worklist.Worklist}): CSV, one
 * row per due service, for spreadsheets.
 */
package org.gongwei.io.worklist;
