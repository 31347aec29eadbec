/**
 * Infectious-disease cases and public-health emergency events (传染病及突发公共卫生事件报告).
 */
package org.gongwei.core.surveillance;
