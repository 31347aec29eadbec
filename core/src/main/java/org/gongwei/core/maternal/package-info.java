/**
 * Maternal health: pregnancies and maternal visits (孕产妇健康管理).
 */
package org.gongwei.core.maternal;
