/**
 * Elderly health-management indicators (老年人健康管理, indicators.md §6): the elderly health
 * management rate {@link org.gongwei.indicators.elderly.ElderlyHealthManagement} (OLD-01).
 */
package org.gongwei.indicators.elderly;
