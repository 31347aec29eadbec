/**
 * Child health-management indicators (0～6岁儿童健康管理, indicators.md §4): the newborn visit rate
 * {@link org.gongwei.indicators.child.NewbornVisit} (CH-01), the child health management rate
 * {@link org.gongwei.indicators.child.ChildHealthManagement} (CH-02) and the systematic
 * management rate of children under 3 {@link
 * org.gongwei.indicators.child.ChildSystematicManagement} (CH-03).
 */
package org.gongwei.indicators.child;
