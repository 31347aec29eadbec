/**
 * Family-doctor contracts and satisfaction surveys (家庭医生签约服务).
 */
package org.gongwei.core.contract;
