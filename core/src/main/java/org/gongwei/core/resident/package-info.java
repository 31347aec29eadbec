/**
 * Residents and their health-record fields (居民健康档案).
 */
package org.gongwei.core.resident;
