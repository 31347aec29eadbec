/**
 * The health-education indicator HE-01 (健康教育, indicators.md §2): the yearly checklist of
 * printed and audio-video material, bulletin-board updates, lectures and public consultations
 * that each primary-care institution must meet, pro-rated to the period, as a value ({@link
 * org.gongwei.indicators.education.EducationChecklist}) and as the share of institutions meeting
 * every item ({@link org.gongwei.indicators.education.HealthEducation}).
 */
package org.gongwei.indicators.education;
