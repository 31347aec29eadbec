/**
 * Child health: newborn home visits and child check-ups (0～6岁儿童健康管理).
 */
package org.gongwei.core.child;
