/**
 * Traditional Chinese medicine health-management indicators (中医药健康管理, indicators.md §10):
 * the elderly TCM management rate {@link org.gongwei.indicators.tcm.ElderlyTcmManagement}
 * (TCM-01) and the child TCM service rate {@link org.gongwei.indicators.tcm.ChildTcmManagement}
 * (TCM-02).
 */
package org.gongwei.indicators.tcm;
