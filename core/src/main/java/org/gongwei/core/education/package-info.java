/**
 * Health-education activities (健康教育).
 */
package org.gongwei.core.education;
