/**
 * The family-doctor contract indicators (家庭医生签约服务, indicators.md §13): coverage FD-01,
 * key-group coverage FD-02 and FD-02(g) with the {@link org.gongwei.indicators.contract.KeyGroup}
 * definitions, renewal FD-03 and satisfaction FD-04.
 */
package org.gongwei.indicators.contract;
