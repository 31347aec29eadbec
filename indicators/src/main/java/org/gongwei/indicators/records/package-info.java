/**
 * Health-record indicators (居民健康档案管理, indicators.md §1): record coverage, electronic and
 * standardized electronic record coverage ({@link org.gongwei.indicators.records.RecordCoverage},
 * EHR-01, EHR-02, EHR-05) and the record use rate ({@link
 * org.gongwei.indicators.records.RecordUse}, EHR-03).
 */
package org.gongwei.indicators.records;
