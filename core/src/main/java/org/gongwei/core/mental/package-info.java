/**
 * Severe mental disorder follow-ups (严重精神障碍患者管理).
 */
package org.gongwei.core.mental;
