/**
 * Chronic-disease management: registrations (专案管理), hypertension and diabetes follow-ups, health check-ups.
 */
package org.gongwei.core.chronic;
